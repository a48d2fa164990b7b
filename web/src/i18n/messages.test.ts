import { describe, expect, it } from 'vitest';
import type { MessageParam, UserError } from '../api';
import { userErrorMessage } from '../auth/messages';
import type { ParamKind } from '../graphql';
import { translate, type Key, type Language, type T } from './index';
import { renderMessage } from './messages';

// The server sends a code and parameters; the reader gets a sentence in their language from the catalogues.
const t = (language: Language): T => Object.assign((key: Key, values?: Record<string, string>) => translate(language, key, values), { language });
const param = (name: string, value: string, kind: ParamKind, enumType: string | null = null): MessageParam => ({ name, value, kind, enumType });
const count = (n: number) => param('count', String(n), 'NUMBER');

describe('renderMessage', () => {
  it('chooses the plural form by `count` as Latvian counts: 1 and 21 take the singular, 11 does not', () => {
    const lv = t('lv');
    expect(renderMessage(lv, 'days.count', [count(1)])).toBe('1 diena');
    expect(renderMessage(lv, 'days.count', [count(21)])).toBe('21 diena');
    expect(renderMessage(lv, 'days.count', [count(11)])).toBe('11 dienas');
    expect(renderMessage(lv, 'days.count', [count(2)])).toBe('2 dienas');
  });

  it('chooses the plural form by `count` as English counts', () => {
    const en = t('en');
    expect(renderMessage(en, 'days.count', [count(1)])).toBe('1 day');
    expect(renderMessage(en, 'days.count', [count(21)])).toBe('21 days');
    expect(renderMessage(en, 'reason.COVERS_NEEDS', [param('covered', '1', 'NUMBER'), count(1)]))
      .toBe("Covers 1 of the person's 1 medium or high need domain.");
    expect(renderMessage(en, 'reason.COVERS_NEEDS', [param('covered', '1', 'NUMBER'), count(3)]))
      .toBe("Covers 1 of the person's 3 medium or high need domains.");
  });

  it('chooses the plural form by `count` as Russian counts: one, few and many', () => {
    const ru = t('ru');
    expect(renderMessage(ru, 'days.count', [count(1)])).toBe('1 день');
    expect(renderMessage(ru, 'days.count', [count(3)])).toBe('3 дня');
    expect(renderMessage(ru, 'days.count', [count(5)])).toBe('5 дней');
    expect(renderMessage(ru, 'days.count', [count(21)])).toBe('21 день');
    expect(renderMessage(ru, 'days.count', [count(22)])).toBe('22 дня');
  });

  it('joins a list (parameters with the same name) as each language joins lists, naming languages in it', () => {
    const languages = ['lv', 'ru', 'en'].map((code) => param('languages', code, 'LANGUAGE'));
    expect(renderMessage(t('lv'), 'error.UNKNOWN_LANGUAGE', languages)).toBe('Nezināma valoda: latviešu, krievu un angļu.');
    expect(renderMessage(t('en'), 'error.UNKNOWN_LANGUAGE', languages)).toBe('Unknown language: Latvian, Russian and English.');
    expect(renderMessage(t('ru'), 'error.UNKNOWN_LANGUAGE', languages)).toBe('Неизвестный язык: латышский, русский и английский.');
    // A code the catalogue does not know is shown as it came.
    expect(renderMessage(t('en'), 'error.UNKNOWN_LANGUAGE', [param('languages', 'xx', 'LANGUAGE')])).toBe('Unknown language: xx.');
  });

  it('names an enum value in the reader\'s words, roles by their one spelling, and an unknown value as it came', () => {
    const ended = [param('stage', 'ENDED', 'ENUM', 'MatchStage')];
    expect(renderMessage(t('lv'), 'error.MATCH_NOT_ACTIVE', ended)).toBe('Šis pāris nav aktīvs (statuss: beidzies).');
    expect(renderMessage(t('en'), 'error.MATCH_NOT_ACTIVE', ended)).toBe('This match is not active (it is ended).');
    expect(renderMessage(t('ru'), 'error.MATCH_NOT_ACTIVE', ended)).toBe('Эта пара не активна (статус: завершено).');

    const roles = [param('roles', 'COORDINATOR', 'ENUM', 'Role'), param('roles', 'ORG_ADMIN', 'ENUM', 'Role')];
    expect(renderMessage(t('en'), 'error.ROLE_NOT_ALLOWED', roles))
      .toBe('This kind of organisation cannot hold the role: Coordinator and Organisation administrator.');
    expect(renderMessage(t('en'), 'error.MATCH_NOT_ACTIVE', [param('stage', 'SOMEWHERE', 'ENUM', 'MatchStage')]))
      .toBe('This match is not active (it is SOMEWHERE).');
  });

  it('names a matching constraint by its code', () => {
    const language = [param('constraint', 'LANGUAGE', 'CONSTRAINT')];
    expect(renderMessage(t('lv'), 'error.NOT_ELIGIBLE', language)).toBe('Mentors neatbilst prasībai: Nav kopīgas valodas.');
    expect(renderMessage(t('en'), 'error.NOT_ELIGIBLE', language)).toBe('The mentor does not meet a requirement: No shared language.');
    expect(renderMessage(t('ru'), 'error.NOT_ELIGIBLE', language)).toBe('Наставник не отвечает требованию: Нет общего языка.');
  });

  it('names a period, a month or a quarter, in full in each language', () => {
    const november = [param('period', '2026-11', 'PERIOD')];
    expect(renderMessage(t('lv'), 'error.ALREADY_ISSUED', november)).toBe('Kopsavilkums par 2026. gada novembris jau ir nosūtīts.');
    expect(renderMessage(t('en'), 'error.ALREADY_ISSUED', november)).toBe('The summary for November 2026 was already sent.');
    expect(renderMessage(t('ru'), 'error.ALREADY_ISSUED', november)).toBe('Сводка за ноябрь 2026 уже отправлена.');
    const quarter = [param('period', '2026-Q4', 'PERIOD')];
    expect(renderMessage(t('lv'), 'error.ALREADY_ISSUED', quarter)).toBe('Kopsavilkums par 2026. gada 4. ceturksnis jau ir nosūtīts.');
    expect(renderMessage(t('en'), 'error.ALREADY_ISSUED', quarter)).toBe('The summary for 2026 Q4 was already sent.');
    expect(renderMessage(t('ru'), 'error.ALREADY_ISSUED', quarter)).toBe('Сводка за 4-й квартал 2026 уже отправлена.');
  });

  it('formats dates and numbers in the reader\'s locale', () => {
    const date = [param('date', '2026-11-20', 'DATE')];
    expect(renderMessage(t('lv'), 'error.BEFORE_MATCH_BEGAN', date)).toBe('Tikšanās ir pirms pāra sākuma (2026. gada 20. nov.).');
    expect(renderMessage(t('en'), 'error.BEFORE_MATCH_BEGAN', date)).toBe('The meeting is before the match began (20 Nov 2026).');
    expect(renderMessage(t('ru'), 'error.BEFORE_MATCH_BEGAN', date)).toBe('Встреча раньше начала пары (20 нояб. 2026 г.).');
    const numbers = [param('count', '12000', 'NUMBER'), param('capacity', '15000', 'NUMBER')];
    expect(renderMessage(t('en'), 'error.CAPACITY_EXCEEDED', numbers)).toBe('This mentor has no free place any more (12,000 of 15,000 taken).');
    expect(renderMessage(t('lv'), 'error.CAPACITY_EXCEEDED', numbers)).toBe('Šim mentoram vairs nav brīvas vietas (aizņemtas 12\u00a0000 no 15\u00a0000).');
  });

  it('returns null rather than a half-filled sentence, and for a key the catalogue does not have', () => {
    expect(renderMessage(t('lv'), 'error.MATCH_NOT_ACTIVE', [])).toBeNull();
    expect(renderMessage(t('en'), 'error.CAPACITY_EXCEEDED', [param('count', '3', 'NUMBER')])).toBeNull();
    expect(renderMessage(t('en'), 'error.MATCH_NOT_ACTIVE', [param('status', 'ENDED', 'ENUM', 'MatchStage')])).toBeNull();
    expect(renderMessage(t('ru'), 'error.NO_SUCH_CODE', [])).toBeNull();
  });
});

describe('userErrorMessage', () => {
  const error = (code: string, field: string | null, params: MessageParam[] = []): UserError => ({ code, message: 'In English, for API users.', field, params });

  it('says a refusal in the words for its field, else for its code, never in the server\'s English', () => {
    const en = t('en');
    expect(userErrorMessage(error('VALIDATION', 'minimumReferences'), en)).toBe(translate('en', 'error.VALIDATION.minimumReferences'));
    expect(userErrorMessage(error('MATCH_NOT_ACTIVE', 'input.matchId', [param('stage', 'ENDED', 'ENUM', 'MatchStage')]), en))
      .toBe('This match is not active (it is ended).');
    expect(userErrorMessage(error('SOMETHING_NEW', null), en)).toBe(translate('en', 'error.unknown', { code: 'SOMETHING_NEW' }));
  });
});

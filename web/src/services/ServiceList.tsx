import type { ReactNode } from 'react';
import type { NeedDomain, ServiceKind, ServiceOrigin } from '../graphql';
import { isKey, useI18n } from '../i18n';

/** What a list of services shows of an entry (the fields every query of this feature selects). */
export interface ServiceData {
  id: string;
  origin: ServiceOrigin;
  kind: ServiceKind;
  name: string;
  municipality: { code: string; name: string } | null;
  national: boolean;
  address: string | null;
  openingHours: string | null;
  phone: string | null;
  languages: string[];
  domains: NeedDomain[];
  note: string | null;
  hidden: boolean;
}


/** A phone number as a tel: link takes it: digits and a leading +, nothing else. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/** A map search for the address (OpenStreetMap: no key, no tracking script), with the municipality when the address lacks it. */
export function mapHref(address: string, municipality?: string | null): string {
  const query = municipality && !address.includes(municipality.replace(/ novads$/, '')) ? `${address}, ${municipality}` : address;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** Services with tap-to-call and a map link; `extra` adds what a screen does with one (attach it to a goal, edit it). */
export function ServiceList({ services, extra }: { services: readonly ServiceData[]; extra?: (s: ServiceData) => ReactNode }) {
  const { t, te } = useI18n();
  const language = (code: string) => { const key = `lang.${code}`; return isKey(key) ? t(key) : code; };
  return (
    <ul className="rows services" data-testid="services">
      {services.map((s) => (
        <li key={s.id} className="row column" data-service-id={s.id} data-origin={s.origin} data-hidden={s.hidden}>
          <p>
            <span className="row-title">{s.name}</span>{' '}
            <span className="badge">{te('ServiceKind', s.kind)}</span>
            {s.origin !== 'PLATFORM' && <> <span className="badge ok">{te('ServiceOrigin', s.origin)}</span></>}
            {s.hidden && <> <span className="badge warn">{t('services.hidden')}</span></>}
            <br />
            <span className="small muted">
              {s.national ? t('services.national') : s.municipality?.name}
              {s.domains.length > 0 && ` · ${s.domains.map((d) => te('NeedDomain', d)).join(', ')}`}
              {s.languages.length > 0 && ` · ${s.languages.map(language).join(', ')}`}
            </span>
          </p>
          {(s.phone || s.address) && (
            <p className="row-actions wrap">
              {s.phone && <a className="button secondary small" href={telHref(s.phone)} aria-label={t('services.call', { phone: s.phone, name: s.name })}>{s.phone}</a>}
              {s.address && (
                <a className="button secondary small" href={mapHref(s.address, s.municipality?.name)} target="_blank" rel="noreferrer"
                  aria-label={t('services.map', { address: s.address })}>{s.address}</a>
              )}
            </p>
          )}
          {s.openingHours && <p className="small">{t('services.hoursValue', { hours: s.openingHours })}</p>}
          {s.note && <p className="small note">{s.note}</p>}
          {extra?.(s)}
        </li>
      ))}
    </ul>
  );
}

using System.Globalization;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Mentoring.Jobs.Statements;

/// <summary>
/// The volunteer-hours statement as a PDF in the mentor's language (PDFsharp): who, for which organisation and period,
/// a table per month with totals, then the supervision sessions and training modules by date. A4, as many pages as needed.
/// </summary>
public static class VolunteerStatementPdf
{
    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Words = new()
    {
        ["title"] = ("Brīvprātīgā darba apliecinājums", "Volunteer hours statement", "Справка о волонтёрской работе"),
        ["mentor"] = ("Līdzgaitnieks: {0}", "Mentor: {0}", "Наставник: {0}"),
        ["organisation"] = ("Organizācija: {0}", "Organisation: {0}", "Организация: {0}"),
        ["period"] = ("Periods: {0} – {1}", "Period: {0} – {1}", "Период: {0} – {1}"),
        ["month"] = ("Mēnesis", "Month", "Месяц"),
        ["meetings"] = ("Tikšanās", "Meetings", "Встречи"),
        ["hours"] = ("Stundas", "Hours", "Часы"),
        ["supervision"] = ("Supervīzijas", "Supervision", "Супервизии"),
        ["training"] = ("Apmācību moduļi", "Training modules", "Модули обучения"),
        ["total"] = ("Kopā", "Total", "Итого"),
        ["supervision.list"] = ("Supervīzijas sesijas", "Supervision sessions", "Сессии супервизии"),
        ["training.list"] = ("Pabeigtie apmācību moduļi", "Training modules completed", "Пройденные модули обучения"),
        ["none"] = ("Šajā periodā nav.", "None in this period.", "В этом периоде нет."),
        ["summary"] = ("Kopā {0} tikšanās, {1} stundas.", "In all {0} meetings, {1} hours.", "Всего встреч: {0}, часов: {1}."),
        ["learning"] = ("Supervīzijas kopā {0} stundas, apmācības {1} stundas.", "Supervision in all {0} hours, training {1} hours.",
            "Всего супервизий: {0} ч, обучения: {1} ч."),
        ["note"] = (
            "Stundas ir skaitītas no līdzgaitnieka ierakstītajām tikšanās reizēm ar atbalstāmajām personām (atsauktas tikšanās nav ieskaitītas), apmeklētajām grupas nodarbībām un supervīzijām un apmācībām, kas ierakstītas ar ilgumu; agrāk bez ilguma ierakstītās ir uzskaitītas ar 0 stundām.",
            "Hours are counted from the meetings the mentor logged with the people they support (retracted meetings do not count), the group activities they attended, and supervision and training recorded with their length; those recorded earlier without one are listed with 0 hours.",
            "Часы посчитаны по встречам, которые наставник записал с подопечными (отозванные встречи не учитываются), посещённым групповым занятиям, а также супервизиям и обучению, записанным с продолжительностью; записанные ранее без неё указаны с 0 часов."),
        ["activities.list"] = ("Grupas nodarbības", "Group activities", "Групповые занятия"),
        ["activities.month"] = ("{0}: {1} nodarbības, {2} stundas", "{0}: {1} activities, {2} hours", "{0}: занятий {1}, часов {2}"),
        ["activities.total"] = ("Apmeklētas grupas nodarbības kopā: {0}, {1} stundas.", "Group activities attended in all: {0}, {1} hours.",
            "Всего посещено групповых занятий: {0}, часов: {1}."),
        ["issued"] = ("Izsniegts {0}.", "Issued on {0}.", "Выдано {0}."),
        ["page"] = ("{0}. lpp. no {1}", "Page {0} of {1}", "Стр. {0} из {1}"),
    };

    private const double Margin = 50, LineHeight = 16;
    private static readonly double[] Columns = [0, 170, 250, 320, 410]; // month, meetings, hours, supervision, training

    public static byte[] Render(VolunteerStatement statement, string mentorName, string organisationName, Language language, DateOnly issuedOn)
    {
        DejaVuFonts.EnsureRegistered();
        string T(string key, params object[] args) => Texts.Render(Words, language, key, args);
        var culture = CultureOf(language);
        string Date(DateOnly d) => d.ToString("d", culture);
        // A count, with its hours beside it where a length was recorded ("2 · 3,0").
        string Counted(int count, int minutes) => minutes > 0 ? $"{count} · {Hours(minutes, culture)}" : $"{count}";

        var document = new PdfDocument();
        document.Info.Title = T("title");
        var regular = new XFont(DejaVuFonts.Family, 10);
        var bold = new XFont(DejaVuFonts.Family, 10, XFontStyleEx.Bold);
        var heading = new XFont(DejaVuFonts.Family, 16, XFontStyleEx.Bold);
        var pen = new Pen(document);

        pen.Write(T("title"), heading, 0, 24);
        pen.Write(T("mentor", mentorName), regular);
        pen.Write(T("organisation", organisationName), regular);
        pen.Write(T("period", Date(statement.From), Date(statement.To)), regular, gapAfter: 10);

        pen.Row([T("month"), T("meetings"), T("hours"), T("supervision"), T("training")], bold);
        foreach (var m in statement.Months)
            pen.Row([MonthName(m.Month, culture), $"{m.Meetings}", Hours(m.MeetingMinutes, culture), Counted(m.SupervisionSessions, m.SupervisionMinutes),
                Counted(m.TrainingModules, m.TrainingMinutes)], regular);
        pen.Row([T("total"), $"{statement.Meetings}", Hours(statement.MeetingMinutes, culture), Counted(statement.Supervision.Count, statement.SupervisionMinutes),
            Counted(statement.Training.Count, statement.TrainingMinutes)], bold);
        pen.Write(T("summary", statement.Meetings, Hours(statement.MeetingMinutes, culture)), regular, gapBefore: 6);
        pen.Write(T("learning", Hours(statement.SupervisionMinutes, culture), Hours(statement.TrainingMinutes, culture)), regular, gapAfter: 10);

        // Group activities attended count their length (Activities/GroupActivity): a line per month with any, and the total.
        pen.Write(T("activities.list"), bold);
        foreach (var m in statement.Months.Where(m => m.GroupActivities > 0))
            pen.Write(T("activities.month", MonthName(m.Month, culture), m.GroupActivities, Hours(m.GroupActivityMinutes, culture)), regular);
        pen.Write(T("activities.total", statement.GroupActivities, Hours(statement.GroupActivityMinutes, culture)), regular, gapAfter: 8);

        foreach (var (title, items) in new[] { (T("supervision.list"), statement.Supervision), (T("training.list"), statement.Training) })
        {
            pen.Write(title, bold);
            if (items.Count == 0) pen.Write(T("none"), regular);
            foreach (var item in items) pen.Write($"{Date(item.On)} · {item.What}", regular);
            pen.Space(8);
        }
        pen.Paragraph(T("note"), regular);
        pen.Write(T("issued", Date(issuedOn)), regular, gapBefore: 6);

        pen.Finish(page => T("page", page, document.PageCount), regular);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static CultureInfo CultureOf(Language language) =>
        CultureInfo.GetCultureInfo(language switch { Language.En => "en-GB", Language.Ru => "ru-RU", _ => "lv-LV" });

    private static string MonthName(string yyyyMm, CultureInfo culture)
    {
        var month = DateOnly.ParseExact(yyyyMm + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = culture.DateTimeFormat.GetMonthName(month.Month);
        return $"{char.ToUpper(name[0], culture)}{name[1..]} {month.Year}";
    }

    private static string Hours(int minutes, CultureInfo culture) => VolunteerStatement.Hours(minutes).ToString("0.0", culture);

    /// <summary>Writes lines down the page and starts a new page when one is full.</summary>
    private sealed class Pen(PdfDocument document)
    {
        private XGraphics? _gfx;
        private double _y;
        private readonly List<XGraphics> _pages = [];

        private XGraphics Gfx
        {
            get
            {
                if (_gfx is null || _y > _gfx.PageSize.Height - Margin - LineHeight * 2) NewPage();
                return _gfx!;
            }
        }

        private void NewPage()
        {
            _gfx = XGraphics.FromPdfPage(document.AddPage());
            _pages.Add(_gfx);
            _y = Margin;
        }

        public void Space(double points) => _y += points;

        public void Write(string text, XFont font, double gapBefore = 0, double gapAfter = 0)
        {
            _y += gapBefore;
            var gfx = Gfx;
            gfx.DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, gfx.PageSize.Width - 2 * Margin, LineHeight), XStringFormats.TopLeft);
            _y += Math.Max(LineHeight, font.Size * 1.5) + gapAfter;
        }

        public void Row(IReadOnlyList<string> cells, XFont font)
        {
            var gfx = Gfx;
            for (var i = 0; i < cells.Count; i++)
                gfx.DrawString(cells[i], font, XBrushes.Black, new XPoint(Margin + Columns[i], _y), XStringFormats.TopLeft);
            _y += LineHeight;
            gfx.DrawLine(XPens.LightGray, Margin, _y - 3, gfx.PageSize.Width - Margin, _y - 3);
        }

        /// <summary>A long sentence, broken into lines at spaces to fit the page's width.</summary>
        public void Paragraph(string text, XFont font)
        {
            var width = Gfx.PageSize.Width - 2 * Margin;
            var line = "";
            foreach (var word in text.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && Gfx.MeasureString(candidate, font).Width > width)
                {
                    Write(line, font);
                    line = word;
                }
                else line = candidate;
            }
            if (line.Length > 0) Write(line, font);
        }

        public void Finish(Func<int, string> pageLabel, XFont font)
        {
            for (var i = 0; i < _pages.Count; i++)
            {
                var gfx = _pages[i];
                gfx.DrawString(pageLabel(i + 1), font, XBrushes.Gray, new XPoint(gfx.PageSize.Width - Margin, gfx.PageSize.Height - Margin / 2), XStringFormats.BottomRight);
                gfx.Dispose();
            }
        }
    }
}

/// <summary>
/// PDFsharp needs the font files themselves on Linux. DejaVu Sans has every Latvian and Cyrillic letter; Debian's
/// fonts-dejavu-core installs it (./run.sh and ./test.sh do), or point MENTORING_FONT_DIR at a folder holding it.
/// </summary>
internal sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private static readonly Lock Gate = new();
    private static bool _registered;

    private static readonly string[] Folders =
        [Environment.GetEnvironmentVariable("MENTORING_FONT_DIR") ?? "", "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"];

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered) return;
            GlobalFontSettings.FontResolver ??= new DejaVuFonts(); // set once per process: PDFsharp refuses a change after first use
            _registered = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic);

    public byte[]? GetFont(string faceName)
    {
        foreach (var folder in Folders.Where(f => f.Length > 0))
        {
            var path = Path.Combine(folder, faceName + ".ttf");
            if (File.Exists(path)) return File.ReadAllBytes(path);
        }
        throw new InvalidOperationException($"Font {faceName}.ttf not found: install fonts-dejavu-core or set MENTORING_FONT_DIR.");
    }
}

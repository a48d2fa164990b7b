using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Outcomes;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;

namespace Mentoring.Jobs.Outcomes;

/// <summary>One contract's summary for one period, and its renderings: CSV, PNG chart (ScottPlot), HTML e-mail.</summary>
public sealed record OutcomeReport(Contract Contract, Period Period, IReadOnlyList<Figure> Figures)
{
    /// <summary>
    /// Reads only the cases of the contract's territory that were open in the period or the one before it (indexed by
    /// municipality and dates), so the cost follows the period's own data, not the whole history.
    /// </summary>
    public static async Task<OutcomeReport> LoadAsync(IQuerySession session, Contract contract, Period period, CancellationToken ct)
    {
        var territory = contract.Territory.Append(contract.MunicipalityCode).Distinct().ToArray();
        var from = period.Previous.Start;
        var clients = (await session.Query<ClientOutcome>()
            .Where(c => c.Municipality.IsOneOf(territory) && c.OpenUntil >= from && c.ReferredOn <= period.End && c.Reportable)
            .ToListAsync(ct)).ToList();
        var ids = clients.Select(c => c.Id).ToArray();
        var matches = ids.Length == 0 ? [] : (await session.Query<MatchOutcome>().Where(m => m.ClientId.IsOneOf(ids)).ToListAsync(ct)).ToList();
        // The meetings of those matches per day, from the start of the previous period.
        var contacts = await ContactLogQueries.DaysAsync(session, matches.Select(m => m.Id).ToList(), RigaCalendar.At(from, TimeOnly.MinValue), ct);
        return new OutcomeReport(contract, period, OutcomeSummary.Compute(period, clients, matches, contacts));
    }

    /// <summary>
    /// The figures as CSV. Without a language it is the canonical form (keys only) that <see cref="ContentHash"/> hashes,
    /// so the hash names the figures whatever language they were sent in; with one, a label column is added.
    /// </summary>
    public string Csv(Language? language = null)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), false))
        {
            csv.WriteRecord(language is { } header ? ["figure", OutcomeLabels.Get("column.figure", header), Period.Name, Period.Previous.Name]
                : ["figure", Period.Name, Period.Previous.Name]);
            foreach (var f in Figures)
                csv.WriteRecord(language is { } l ? [f.Key, OutcomeLabels.Get(f.Key, l), f.Value, f.Previous] : [f.Key, f.Value, f.Previous]);
        }
        return text.ToString();
    }

    /// <summary>The hash recorded with each issue: the same figures give the same hash, whoever renders them.</summary>
    public string ContentHash() => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Csv()))).ToLowerInvariant();

    /// <summary>Counts this period beside the previous one; suppressed counts are drawn as zero-height bars labelled "&lt;5".</summary>
    public byte[] ChartPng(Language language = Language.Lv)
    {
        var shown = Figures.Where(f => f.Kind == FigureKind.Count && f.Key is "referralsReceived" or "matchedBeforeRelease" or "activeMatches" or "contacts"
            or "releasedInPeriod").ToList();
        var plot = new ScottPlot.Plot();
        for (var i = 0; i < shown.Count; i++)
        {
            plot.Add.Bar(position: i * 3, value: Number(shown[i].Previous)).Color = ScottPlot.Colors.Gray;
            plot.Add.Bar(position: i * 3 + 1, value: Number(shown[i].Value)).Color = ScottPlot.Colors.SteelBlue;
        }
        plot.Axes.Bottom.SetTicks(shown.Select((_, i) => i * 3 + 0.5).ToArray(), shown.Select(f => Wrap(OutcomeLabels.Get(f.Key, language))).ToArray());
        plot.Title($"{Period.Previous.Name} → {Period.Name}"); // grey: the previous period, blue: this one
        return plot.GetImageBytes(800, 400, ScottPlot.ImageFormat.Png);
    }

    public OutgoingMessage Mail(string recipient, Language language, string keySuffix = "")
    {
        var rows = string.Concat(Figures.Select(f => $"<tr><td>{Enc(OutcomeLabels.Get(f.Key, language))}</td><td>{Enc(f.Value)}</td><td>{Enc(f.Previous)}</td></tr>"));
        var html = $"<p>{Enc(Texts.Get(language, "summary.body", Period.Name))}</p><img src=\"cid:summary.png\" alt=\"\"/>"
                   + $"<table><tr><th></th><th>{Enc(Period.Name)}</th><th>{Enc(Period.Previous.Name)}</th></tr>{rows}</table>";
        return new OutgoingMessage($"outcome-summary:{Contract.Id}:{Period.Name}:{recipient}{keySuffix}", NotificationKind.OutcomeSummary, recipient, language,
            Texts.Get(language, "summary.subject", Contract.Reference ?? Contract.MunicipalityCode, Period.Name),
            Texts.Get(language, "summary.body", Period.Name) + "\n\n" + Csv(language), html,
            Attachments: [new MailAttachment("summary.png", "image/png", ChartPng(language)),
                new MailAttachment($"outcomes-{Period.Name}.csv", "text/csv", Encoding.UTF8.GetBytes(Csv(language)))]);
    }

    /// <summary>Long labels on two lines under their bars.</summary>
    private static string Wrap(string label)
    {
        var middle = label.Length / 2;
        var space = label.IndexOf(' ', middle);
        return label.Length > 18 && space > 0 ? label[..space] + "\n" + label[(space + 1)..] : label;
    }

    private static double Number(string shown) => double.TryParse(shown.TrimEnd('%'), CultureInfo.InvariantCulture, out var v) ? v : 0;
    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}

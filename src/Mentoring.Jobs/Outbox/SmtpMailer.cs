using MailKit.Net.Smtp;
using MailKit.Security;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Hosting;
using MimeKit;

namespace Mentoring.Jobs.Outbox;

/// <summary>Sends one recorded message over SMTP with MailKit. Knows nothing about retries: Hangfire owns those.</summary>
public sealed class SmtpMailer(JobsOptions options)
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var smtp = options.Smtp;
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        // Derived from the outbox id: should a crash after the server accepted it cause a resend, receivers can drop it.
        mime.MessageId = $"{message.Id:N}@mentoring";
        mime.Headers.Add("Content-Language", message.Language.ToString().ToLowerInvariant());
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
        {
            var type = ContentType.Parse(attachment.ContentType);
            // Images belong in the HTML (cid:file name); everything else is an attachment.
            if (message.HtmlBody is not null && type.MediaType == "image")
                body.LinkedResources.Add(attachment.FileName, attachment.Content, type).ContentId = attachment.FileName;
            else
                body.Attachments.Add(attachment.FileName, attachment.Content, type);
        }
        mime.Body = body.ToMessageBody();

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), ct);
        if (smtp.UserName is { Length: > 0 }) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        await client.SendAsync(mime, ct);
        // Accepted: a goodbye that fails (the server or the line gone after its "250") must not count as a failed delivery,
        // which would send the message again.
        try
        {
            await client.DisconnectAsync(true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
        }
    }
}

using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using Mentoring.Domain.Messages;
using MimeKit;

namespace Mentoring.Jobs.Outbox;

/// <summary>What a failed attempt means: a code for the admin's screen, and whether trying again the same way can ever work.</summary>
public static class DeliveryFailure
{
    public static (string Code, bool Permanent) Classify(Exception ex) => ex switch
    {
        // RFC 5321: 5yz is a permanent negative reply, 4yz a transient one.
        SmtpCommandException { StatusCode: var status } s when (int)status >= 500 =>
            (s.ErrorCode == SmtpErrorCode.RecipientNotAccepted ? DeliveryFailures.RecipientRefused : DeliveryFailures.MessageRefused, true),
        SmtpCommandException => (DeliveryFailures.ServerBusy, false),
        ParseException => (DeliveryFailures.InvalidAddress, true),
        SocketException or SmtpProtocolException or ServiceNotConnectedException or IOException or TimeoutException => (DeliveryFailures.ServerUnreachable, false),
        _ => (DeliveryFailures.Other, false),
    };
}

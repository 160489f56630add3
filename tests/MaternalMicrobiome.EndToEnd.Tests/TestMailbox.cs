using MaternalMicrobiome.MailCapture;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// One SMTP capture server in the test process, on a free loopback port; every app process the tests start sends its
/// mail there (<see cref="AppProcess"/>). Journeys find their mail by the (unique) recipient.
/// </summary>
public static class TestMailbox
{
    private static readonly Lazy<MailCaptureServer> Capture = new(
        () => MailCaptureServer.StartAsync().GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static MailCaptureServer Server => Capture.Value;

    /// <summary>The newest mail to <paramref name="address"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public static Task<CapturedMail> MailToAsync(string address, string subjectPart) =>
        Server.WaitForAsync(address, subjectPart, TimeSpan.FromSeconds(30));
}

using MaternalMicrobiome.MailCapture;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// One SMTP capture server in the test process, on a free loopback port; every test app sends its mail there
/// (<see cref="TestDatabaseTemplate.Configure"/>). Tests tell their messages apart by the (unique) recipient.
/// </summary>
public static class TestMailbox
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static readonly Lazy<MailCaptureServer> Capture = new(
        () => MailCaptureServer.StartAsync().GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static MailCaptureServer Server => Capture.Value;

    /// <summary>The newest mail to <paramref name="address"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public static Task<CapturedMail> MailToAsync(string address, string subjectPart) => Server.WaitForAsync(address, subjectPart, Patience);

    /// <summary>All mail captured so far to <paramref name="address"/>.</summary>
    public static IReadOnlyList<CapturedMail> AllTo(string address) =>
        Server.Messages.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>The mail's first link to <paramref name="page"/>, as a path and query for a test client.</summary>
    public static Uri LinkTo(CapturedMail mail, string page)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var link = mail.Links.FirstOrDefault(l => l.AbsolutePath.Equals(page, StringComparison.OrdinalIgnoreCase));
        Assert.True(link is not null, $"No link to {page} in: {mail.Text}");
        return new Uri(link.PathAndQuery, UriKind.Relative);
    }
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using MaternalMicrobiome.MailCapture;

namespace MaternalMicrobiome.Web.Mail;

/// <summary>The Development mail box as a plain HTML page: newest first, the text body and its links, all encoded.</summary>
public static class DevMailPage
{
    public static string Render(IReadOnlyList<CapturedMail> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Captured mail · Nourishing Two</title>")
            .Append("<link rel=\"stylesheet\" href=\"/app.css\"></head><body><main class=\"dev-mail\"><h1>Captured mail (Development)</h1>")
            .Append("<p>Mail this instance sent, caught by its own SMTP capture server; nothing left this machine. Newest first.</p>");
        if (messages.Count == 0)
        {
            page.Append("<p data-testid=\"no-mail\">No mail yet.</p>");
        }

        foreach (var mail in messages.Reverse())
        {
            page.Append("<article data-testid=\"captured-mail\"><h2>").Append(html.Encode(mail.Subject)).Append("</h2><p>To ")
                .Append(html.Encode(string.Join(", ", mail.To))).Append(" · ")
                .Append(html.Encode(mail.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)))
                .Append("</p><pre>").Append(html.Encode(mail.Text)).Append("</pre>");
            foreach (var link in mail.Links)
            {
                page.Append("<p><a href=\"").Append(html.Encode(link.AbsoluteUri)).Append("\">").Append(html.Encode(link.AbsoluteUri)).Append("</a></p>");
            }

            page.Append("</article>");
        }

        return page.Append("</main></body></html>").ToString();
    }
}

using System.Text;
using System.Text.Encodings.Web;

namespace MaternalMicrobiome.Web.Mail;

/// <summary>
/// Writes a short mail twice, as plain text and as simple HTML, from the same paragraphs and one link to act on.
/// Everything is encoded; nothing about what she eats ever goes into a mail.
/// </summary>
public static class MailBody
{
    public const string Signature = "Nourishing Two";

    public static (string Text, string Html) Compose(IReadOnlyList<string> paragraphs, string actionLabel, Uri action, string closing)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(action);
        var encoder = HtmlEncoder.Default;
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif; line-height: 1.5;\">");
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
            html.Append("<p>").Append(encoder.Encode(paragraph)).Append("</p>");
        }

        text.Append(actionLabel).Append(":\n").Append(action.AbsoluteUri).Append("\n\n").Append(closing).Append("\n\n").Append(Signature).Append('\n');
        html.Append("<p><a href=\"").Append(encoder.Encode(action.AbsoluteUri)).Append("\">").Append(encoder.Encode(actionLabel)).Append("</a></p>")
            .Append("<p>").Append(encoder.Encode(closing)).Append("</p><p>").Append(Signature).Append("</p></body></html>");
        return (text.ToString(), html.ToString());
    }
}

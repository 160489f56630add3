namespace MaternalMicrobiome.Web.Mail;

/// <summary>
/// One message to send: a plain-text body and the same words as simple HTML. <paramref name="Kind"/> names it in the
/// log (never the address or the body).
/// </summary>
public sealed record OutgoingMail(string Kind, string To, string Subject, string Text, string Html);

using System.Text.RegularExpressions;
using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Admin.References;

/// <summary>The rules of a reference, each message naming its field.</summary>
public sealed partial class ReferenceEditValidator : AbstractValidator<ReferenceEditRequest>
{
    public const int FirstYear = 1900;
    public const int MaxKeyLength = ColumnLengths.SeedKey;

    public ReferenceEditValidator(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(r => r.Key)
            .NotEmpty().WithMessage("Key is required.")
            .MaximumLength(MaxKeyLength).WithMessage($"Key must be at most {MaxKeyLength} characters.")
            .Matches(KeyPattern()).WithMessage("Key must be lower-case letters and digits in words joined by hyphens, such as wastyk-2021.");
        Text(r => r.Authors, "Authors", ColumnLengths.ReferenceAuthors);
        // 0 marks an agency page whose publication date is unknown (shown "n.d."), so no year has to be made up.
        RuleFor(r => r.Year)
            .Must(year => year == 0 || (year >= FirstYear && year <= clock.GetUtcNow().Year + 1))
            .WithMessage(r => $"Year must be from {FirstYear} to {clock.GetUtcNow().Year + 1}, or 0 for an undated page.");
        Text(r => r.Title, "Title", ColumnLengths.ReferenceTitle);
        Text(r => r.Source, "Source", ColumnLengths.ReferenceSource);
        RuleFor(r => r.Doi)
            .Must(ReferenceDoi.IsValid).When(r => !string.IsNullOrWhiteSpace(r.Doi))
            .WithMessage("DOI must look like 10.1016/j.cell.2021.06.019 (a doi: or https://doi.org/ prefix is fine).")
            .Must(doi => ReferenceDoi.Normalize(doi)!.Length <= ColumnLengths.ReferenceDoi).When(r => !string.IsNullOrWhiteSpace(r.Doi))
            .WithMessage("DOI must be at most 200 characters.");
        RuleFor(r => r.Url)
            .Must(IsWebAddress).When(r => !string.IsNullOrWhiteSpace(r.Url))
            .WithMessage("URL must be a full web address starting with http:// or https://.")
            .MaximumLength(ColumnLengths.ReferenceUrl).WithMessage($"URL must be at most {ColumnLengths.ReferenceUrl} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("URL"));
        RuleFor(r => r.Status).IsInEnum().WithMessage("Status must be peer-reviewed, guideline, citation corrected or unverified.");
        Text(r => r.StudyType, "Study type", ColumnLengths.ReferenceStudyType);
        Text(r => r.Finding, "Finding", ColumnLengths.ReferenceFinding);
        RuleFor(r => r.Caveat).MaximumLength(ColumnLengths.ReferenceCaveat).WithMessage($"Caveat must be at most {ColumnLengths.ReferenceCaveat} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Caveat"));
        RuleFor(r => r.ArticleCitation).MaximumLength(ColumnLengths.ReferenceArticleCitation).WithMessage($"Article citation must be at most {ColumnLengths.ReferenceArticleCitation} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Article citation"));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex KeyPattern();

    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host);

    private void Text(System.Linq.Expressions.Expression<Func<ReferenceEditRequest, string>> property, string label, int maxLength) =>
        RuleFor(property)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage($"{label} is required.")
            .MaximumLength(maxLength).WithMessage($"{label} must be at most {maxLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message(label));
}

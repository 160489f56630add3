using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>What she may type in the add and edit forms' Amount field: each is refused with a message naming the field.</summary>
public sealed class AmountTextBadInputTests
{
    public static TheoryData<string, string> Typed { get; } = new()
    {
        { "empty", string.Empty },
        { "spaces only", "   " },
        { "thousands comma", "1,500" },
        { "thousands point", "1.500" },
        { "two separators", "1,500.5" },
        { "two commas", "1,5,0" },
        { "leading separator", ",5" },
        { "trailing separator", "5," },
        { "negative", "-1" },
        { "plus sign", "+1" },
        { "exponent", "1e308" },
        { "letters", "one" },
        { "unit typed in", "150 g" },
        { "fraction", "1/2" },
        { "inner space", "1 5" },
        { "NaN", "NaN" },
        { "infinity", "Infinity" },
        { "NUL", BadText.Nul },
        { "lone surrogate", BadText.LoneSurrogate },
        { "script", BadText.Script },
        { "SQL", BadText.Sql },
        { "10,000 digits", new string('9', 10_000) },
        { "Arabic-Indic digits", "١٫٥" },
    };

    [Theory]
    [MemberData(nameof(Typed))]
    public void Refused_naming_the_amount(string name, string typed)
    {
        Assert.False(AmountText.TryParse(typed, out var amount, out var error), name);
        Assert.Equal(0, amount);
        Assert.StartsWith("Amount:", error, StringComparison.Ordinal);
        Assert.True(error!.Length < 200, $"{name}: the message echoes too much ({error.Length} characters)");
    }
}

using System.Security.Cryptography;
using System.Text;

namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>
/// Invite codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), so a code read over the phone or
/// copied by hand still works. 31^8 (about 850 billion) codes, drawn with a cryptographic generator, cannot be guessed.
/// </summary>
public static class InviteCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>What the mother typed, as stored: upper case, without spaces or dashes ("k7mp-q2xw" → "K7MPQ2XW").</summary>
    public static string Normalize(string? typed)
    {
        var builder = new StringBuilder(Length);
        foreach (var c in typed ?? string.Empty)
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    public static bool IsWellFormed(string normalized) =>
        normalized is { Length: Length } && normalized.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>Shown in two halves ("K7MP-Q2XW"), which is easier to read out.</summary>
    public static string Display(string code) =>
        code is { Length: Length } ? $"{code[..4]}-{code[4..]}" : code;
}

using System.Security.Cryptography;
using MaternalMicrobiome.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>
/// Identity answers a log in for an email with no account without hashing anything, while a known email with a wrong
/// password costs one password hash (about 0.1 s): a stopwatch would tell which emails have accounts. This spends the
/// same check on an unknown email, against the hash of a random password made once per process.
/// </summary>
public sealed class UnknownEmailTiming(IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new();
    private static string? decoyHash;

    public void SpendAsForAKnownEmail(string? password)
    {
        var hash = decoyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        _ = hasher.VerifyHashedPassword(Nobody, hash, password ?? string.Empty);
    }
}

using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Tests.Integration;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>Redeeming an invite code, through <see cref="ClientLinkService"/>: preview and consent.</summary>
public sealed class InviteBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<string?> Codes { get; } = new()
    {
        { "code missing", null, "Code" },
        { "code empty", string.Empty, "Code" },
        { "code only spaces and dashes", " - - ", "Code" },
        { "code too short", "K7MP", "Code" },
        { "code too long", "K7MP-Q2XW-Z", "Code" },
        { "code with look-alikes 0 and 1", "0OI1-L0O1", "Code" },
        { "code well formed but unknown", "ZZZZ-ZZZZ", "Code" },
        { "code is script", BadText.Script, "Code" },
        { "code is SQL", "' OR '1'='1", "Code" },
        { "code 100,000 characters", BadText.Repeated(100_000), "Code" },
        { "code of emoji", BadText.EmojiRun(8), "Code" },
        { "code with NUL", "K7MP\0Q2XW", "Code" },
        { "code with full-width letters", "ＫＭＰＱＲＳＴＵ", "Code" },
    };

    public static TheoryData<string> Cases => Codes.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_code_is_refused_on_preview_naming_the_code(string name)
    {
        var bad = Codes[name];
        var mother = await BadInputSession.MotherAsync(factory);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<ClientLinkService>(factory, mother, links => links.PreviewAsync(new InviteCodeRequest { Code = bad.Input })));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_code_is_refused_on_consent_and_no_link_is_made(string name)
    {
        var bad = Codes[name];
        var mother = await BadInputSession.MotherAsync(factory);
        await BadInputSession.UserAsync(factory, Roles.Nutritionist);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<ClientLinkService>(factory, mother, links => links.ConsentAsync(new InviteCodeRequest { Code = bad.Input })));
    }
}

using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Tests.Integration;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>Mailing an invite code to a client, through <see cref="ClientLinkService.EmailInviteAsync"/>: refused, no code made, nothing mailed.</summary>
public sealed class InviteEmailBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<string> Emails { get; } = new()
    {
        { "email empty", string.Empty, "Email" },
        { "email only spaces", "   ", "Email" },
        { "email without @", "not-an-email", "Email" },
        { "email with two @", "a@b@test.local", "Email" },
        { "email ending in @", "mother@", "Email" },
        { "email with a display name", "Eve <eve@test.local>", "Email" },
        { "two addresses", "a@test.local, b@test.local", "Email" },
        { "email with a header after a line break", "a@test.local\r\nBcc: spam-target.local", "Email" },
        { "email 300 characters", BadText.Repeated(290) + "@test.local", "Email" },
        { "email with NUL", "a\0b@test.local", "Email" },
        { "email with an escape sequence", BadText.Escape + "@test.local", "Email" },
        { "email is script", BadText.Script, "Email" },
        { "email of emoji", BadText.EmojiRun(8), "Email" },
    };

    public static TheoryData<string> Cases => Emails.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_address_is_refused_naming_the_field_and_no_code_is_made(string name)
    {
        var bad = Emails[name];
        var nutritionist = await BadInputSession.UserAsync(factory, Roles.Nutritionist);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<ClientLinkService>(factory, nutritionist, links => links.EmailInviteAsync(new InviteEmailRequest { Email = bad.Input })));
    }
}

using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Tests.Integration;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>Comments and replies, through <see cref="CommentService"/>.</summary>
public sealed class CommentBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    public static BadInputTable<(CommentTarget Target, string Text)> Comments { get; } = new()
    {
        { "text empty", (CommentTarget.Day(Today), string.Empty), "Text" },
        { "text only spaces and line breaks", (CommentTarget.Day(Today), " \r\n\t "), "Text" },
        { "text zero-width only", (CommentTarget.Day(Today), BadText.ZeroWidthOnly), "Text" },
        { "text 2001 characters", (CommentTarget.Day(Today), BadText.Repeated(2001)), "Text" },
        { "text 1001 emoji", (CommentTarget.Day(Today), BadText.EmojiRun(1001)), "Text" },
        { "text 1,000,000 characters", (CommentTarget.Day(Today), BadText.Repeated(1_000_000)), "Text" },
        { "text with NUL", (CommentTarget.Day(Today), BadText.Nul), "Text" },
        { "text with a bell", (CommentTarget.Day(Today), BadText.Bell), "Text" },
        { "text with a lone surrogate", (CommentTarget.Day(Today), BadText.LoneSurrogate), "Text" },
        { "day DateOnly.MinValue", (CommentTarget.Day(DateOnly.MinValue), "Looks good"), "Date" },
        { "day DateOnly.MaxValue", (CommentTarget.Day(DateOnly.MaxValue), "Looks good"), "Date" },
        { "day two years ahead", (CommentTarget.Day(Today.AddYears(2)), "Looks good"), "Date" },
        { "subject unknown", (new CommentTarget((CommentSubject)99, Today), "Looks good"), "Subject" },
    };

    public static TheoryData<string> Cases => Comments.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_comment_is_refused_naming_the_field_and_nothing_is_saved(string name)
    {
        var bad = Comments[name];
        var (mother, nutritionist) = await PracticeAsync();

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<CommentService>(factory, nutritionist, comments => comments.AddAsync(mother.Id, bad.Input.Target, new CommentRequest { Text = bad.Input.Text })));
    }

    [Theory]
    [InlineData("text empty")]
    [InlineData("text 2001 characters")]
    [InlineData("text with NUL")]
    public async Task A_bad_reply_is_refused_and_nothing_is_saved(string name)
    {
        var bad = Comments[name];
        var (mother, nutritionist) = await PracticeAsync();
        var threadId = await BadInputSession.AsAsync<CommentService, int>(factory, nutritionist,
            comments => comments.AddAsync(mother.Id, CommentTarget.Day(Today), new CommentRequest { Text = "How was the kefir?" }));

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<CommentService>(factory, mother, comments => comments.ReplyAsync(null, threadId, new CommentRequest { Text = bad.Input.Text })));
    }

    private async Task<(AppUser Mother, AppUser Nutritionist)> PracticeAsync()
    {
        var mother = await BadInputSession.MotherAsync(factory);
        var nutritionist = await BadInputSession.UserAsync(factory, Roles.Nutritionist);
        if (!await Given.ReadAsync(factory.Services, db => Task.FromResult(db.ClientLinks.Any(l => l.MotherId == mother.Id))))
        {
            await Given.LinkAsync(factory.Services, mother, nutritionist);
        }

        return (mother, nutritionist);
    }
}

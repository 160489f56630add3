namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>
/// What a linked nutritionist can and cannot see, in the words the consent screen uses. One list, so the consent
/// screen, the "My nutritionist" page and the user guide say the same thing.
/// </summary>
public static class ConsentScope
{
    public static IReadOnlyList<string> Shared { get; } =
    [
        "Every day you log: foods, drinks, amounts, meal times and your notes",
        "Your scores, targets met and safety warnings for each day",
        "Your daily check-ins: sleep, stress, movement, breathwork, antibiotics, digestive comfort and stool type",
        "Your week and your trends",
        "Your profile: life stage, due date or baby's birth date, diet and food preferences",
        "Comments between the two of you on your days and plans",
        "Meal plans: she can create and share plans for you, and see plans you make",
        "She can adjust your targets within safe bounds; you see every change she makes",
    ];

    public static IReadOnlyList<string> NotShared { get; } =
    [
        "Your account email address and your password",
        "Downloading (exporting) your data, or deleting your account: only you can do that",
        "Anything from before you consent that is not in your log, and anything at all after you end the link",
    ];
}

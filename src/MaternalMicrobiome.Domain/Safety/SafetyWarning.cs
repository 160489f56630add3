namespace MaternalMicrobiome.Domain.Safety;

/// <summary>A food-safety warning for a day: what, which foods raised it, and the sources behind it.</summary>
public sealed record SafetyWarning(SafetyWarningKind Kind, string Title, string Message, IReadOnlyList<string> FoodNames, IReadOnlyList<string> ReferenceKeys);

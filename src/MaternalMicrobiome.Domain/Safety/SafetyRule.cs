using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Safety;

/// <summary>A pregnancy food-safety rule: foods carrying <see cref="Risk"/> raise this warning.</summary>
public sealed record SafetyRule(PregnancyRisks Risk, SafetyWarningKind Kind, string Title, string Message, string ReferenceKey);

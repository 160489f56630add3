using FsCheck;
using FsCheck.Fluent;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>The arbitraries registered for <see cref="ScoringProperties"/>.</summary>
public static class ScoringArbitraries
{
    public static Arbitrary<ScoringCase> ScoringCases() => Arb.From(ScoringGenerators.Cases, ScoringGenerators.Shrink);
}

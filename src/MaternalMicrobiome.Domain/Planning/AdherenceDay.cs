namespace MaternalMicrobiome.Domain.Planning;

/// <summary>One day of plan versus actual: how many planned entries she logged, and the two scores side by side.</summary>
/// <param name="ActualScore">Her logged day's score; null for a day still ahead.</param>
public sealed record AdherenceDay(DateOnly Date, int Planned, int Logged, int PlannedScore, int? ActualScore)
{
    /// <summary>Logged / planned, 0 to 1; null when nothing was planned that day (nothing to adhere to).</summary>
    public double? Fraction => Planned <= 0 ? null : Math.Clamp((double)Logged / Planned, 0, 1);
}

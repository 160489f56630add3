using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Features.Today;

/// <summary>
/// A mother's day: her entries and the day's score as numbers. A page keeps it for as long as it shows the day, so it
/// holds no list of contributing foods: <see cref="Details"/> works one target's out when she opens it, from
/// <see cref="Window"/>, whose foods are the shared catalog's own objects (<c>SharedFoodCache</c>), not copies.
/// </summary>
public sealed record DayView(DateOnly Date, LifeStage Stage, IReadOnlyList<EntryView> Entries, DayScore Score, MeasurementUnits Units = MeasurementUnits.Metric)
{
    /// <summary>Whose day it is: suggestions are only worked out for the signed-in mother's own.</summary>
    public string MotherId { get; init; } = string.Empty;

    /// <summary>What she ate on the day and the six before it (the weekly plant target's window).</summary>
    public IReadOnlyList<ConsumedFood> Window { get; init; } = [];

    /// <summary>The targets in force on the day.</summary>
    public TargetSet Targets { get; init; } = new([]);

    public DietPreferences Preferences { get; init; } = DietPreferences.None;

    /// <summary>One target with the foods that counted towards it, scored when she opens it.</summary>
    public TargetResult Details(Metric metric) =>
        DayScorer.Score(Date, Window, Targets, Stage).For(metric)
        ?? throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a target of this day.");

    /// <summary>The day's nine prenatal nutrients against her stage's RDA/AI, worked out when she opens them.</summary>
    public IReadOnlyList<NutrientDayResult> PrenatalNutrients() =>
        PrenatalNutrientEvaluator.EvaluateDay(PrenatalNutrientEvaluator.Eaten(Window.Where(c => c.Date == Date)), Stage);
}

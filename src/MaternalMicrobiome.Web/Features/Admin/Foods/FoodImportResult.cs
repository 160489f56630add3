namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>
/// What an import did, or would do on a dry run. With any problem nothing is written and the counts are zero:
/// a file imports whole or not at all.
/// </summary>
public sealed record FoodImportResult(IReadOnlyList<FoodImportProblem> Problems, int Created, int Updated, int Unchanged, bool Written)
{
    public bool Succeeded => Problems.Count == 0;

    public static FoodImportResult Failed(IEnumerable<FoodImportProblem> problems) =>
        new(problems.OrderBy(p => p.Line).ToList(), 0, 0, 0, false);
}

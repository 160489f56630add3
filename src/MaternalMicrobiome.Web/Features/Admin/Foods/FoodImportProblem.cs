namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>One thing wrong with an import file: its line (the header is line 1), the CSV column, and what is wrong.</summary>
public sealed record FoodImportProblem(int Line, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"line {Line}: {Message}" : $"line {Line}, column {Column}: {Message}";
}

using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;
using CsvHelper.TypeConversion;
using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>
/// The shared catalog as CSV, for admins only. The file has the columns of seeds/foods.csv, in the same order, plus a
/// last <c>portions</c> column holding the household portions as <c>1 cup=240;1 tbsp=15</c>.
/// Import checks every row before writing any (CSV parsing, the seed rules, the editor's rules, keys repeated in the
/// file) and then writes all rows or none, in one transaction. Rows are upserted by key; a row equal to the saved food
/// is left alone, every other row marks its food as edited locally (seeds never overwrite it) and is audited.
/// A file without the <c>portions</c> column (such as seeds/foods.csv itself) keeps the foods' portions.
/// </summary>
public sealed partial class FoodCsvService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    IValidator<FoodEditRequest> validator,
    AuditLog audit,
    CatalogVersion catalogVersion)
{
    public const long MaxImportBytes = 10 * 1024 * 1024;
    public const string ImportAction = "food.import";

    /// <summary>The columns of the export, in order (before <c>portions</c>): those of seeds/foods.csv, then the prenatal nutrients.</summary>
    public static IReadOnlyList<string> Columns { get; } = typeof(FoodSeedRow).GetProperties()
        .Select(p => p.GetCustomAttribute<NameAttribute>()?.Names[0] ?? p.Name)
        .ToList();

    /// <summary>The columns of seeds/foods.csv, in order: every import needs them; the optional others keep the saved values.</summary>
    public static IReadOnlyList<string> SeedColumns { get; } = typeof(FoodSeedRow).GetProperties()
        .Where(p => p.GetCustomAttribute<OptionalAttribute>() is null)
        .Select(p => p.GetCustomAttribute<NameAttribute>()?.Names[0] ?? p.Name)
        .ToList();

    public async Task ExportAsync(Stream output, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        ArgumentNullException.ThrowIfNull(output);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var foods = await db.Foods.AsNoTracking().Include(f => f.Portions).AsSplitQuery()
            .Where(f => f.OwnerId == null)
            .OrderBy(f => f.Key)
            .ToListAsync(cancellationToken);

        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await using var csv = new SafeCsvWriter(writer, leaveOpen: true);
        var booleans = csv.Context.TypeConverterOptionsCache.GetOptions<bool>();
        booleans.BooleanTrueValues.Clear();
        booleans.BooleanTrueValues.Add("true");
        booleans.BooleanFalseValues.Clear();
        booleans.BooleanFalseValues.Add("false");

        csv.WriteHeader<FoodSeedRow>();
        csv.WriteField(FoodFields.PortionsColumn);
        await csv.NextRecordAsync();
        foreach (var food in foods)
        {
            csv.WriteRecord(FoodMapping.ToSeedRow(food));
            csv.WriteField(FoodMapping.FormatPortions(food.Portions));
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }

    /// <summary>
    /// Imports a CSV file (at most <see cref="MaxImportBytes"/>), or only checks it when <paramref name="dryRun"/> is
    /// set. Every problem of every row is reported; with any problem nothing is written.
    /// </summary>
    public async Task<FoodImportResult> ImportAsync(Stream input, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        ArgumentNullException.ThrowIfNull(input);

        var (rows, problems, header) = await ReadAsync(input, cancellationToken);
        var hasPortions = header.Contains(FoodFields.PortionsColumn, StringComparer.Ordinal);
        var absentNutrients = FoodNutrients.All.Where(n => !header.Contains(n.Column, StringComparer.Ordinal)).ToList();
        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new FoodImportProblem(2, null, "the file has a header but no foods."));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var shared = await db.Foods.Include(f => f.Portions).AsSplitQuery()
            .Where(f => f.OwnerId == null)
            .ToDictionaryAsync(f => f.Key, StringComparer.Ordinal, cancellationToken);
        var privateKeys = await db.Foods.Where(f => f.OwnerId != null).Select(f => f.Key).ToListAsync(cancellationToken);
        var privateKeySet = privateKeys.ToHashSet(StringComparer.Ordinal);

        var plan = new List<(int Line, FoodEditRequest Request, Food? Existing)>();
        var firstLineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, row, portions) in rows)
        {
            var existing = shared.GetValueOrDefault(row.Key);
            foreach (var nutrient in absentNutrients)
            {
                // Like the portions: a file without a nutrient's column (seeds/foods.csv has no prenatal ones) keeps it.
                nutrient.Set(row, existing is null ? null : nutrient.Get(existing));
            }

            var keep = existing?.Portions.OrderBy(p => p.Sequence).Select(p => new PortionEdit { Description = p.Description, Grams = p.Grams }) ?? [];
            var request = FoodMapping.ToRequest(row, hasPortions ? portions : keep);
            var rowProblems = validator.Validate(request).Errors
                .Select(e => new FoodImportProblem(line, FoodFields.CsvColumn(e.PropertyName), e.ErrorMessage))
                .ToList();
            if (FoodSeedMapper.Validate(row) is { } seedProblem)
            {
                var match = SeedProblem().Match(seedProblem);
                var column = match.Success ? match.Groups["column"].Value : null;
                if (rowProblems.All(p => p.Column != column))
                {
                    rowProblems.Add(new FoodImportProblem(line, column, match.Success ? match.Groups["message"].Value : seedProblem));
                }
            }

            if (!string.IsNullOrWhiteSpace(row.Key) && !firstLineOfKey.TryAdd(row.Key, line))
            {
                rowProblems.Add(new FoodImportProblem(line, "key", $"the key '{row.Key}' appears more than once in the file (first on line {firstLineOfKey[row.Key]})."));
            }

            if (privateKeySet.Contains(row.Key))
            {
                rowProblems.Add(new FoodImportProblem(line, "key", $"the key '{row.Key}' belongs to a mother's private food, which admins do not curate."));
            }

            problems.AddRange(rowProblems);
            plan.Add((line, request, existing));
        }

        if (problems.Count > 0)
        {
            return FoodImportResult.Failed(problems);
        }

        int created = 0, updated = 0, unchanged = 0;
        var lineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, request, existing) in plan)
        {
            lineOfKey[request.Key] = line;
            if (existing is null)
            {
                var food = new Food { Key = request.Key, Name = request.Name, FoodGroup = request.FoodGroup };
                FoodMapping.Apply(request, food);
                food.EditedLocally = true;
                food.Version = Guid.NewGuid();
                db.Foods.Add(food);
                await audit.AddAsync(db, ImportAction, FoodAdminService.EntityType, food.Key, null, FoodMapping.Snapshot(food));
                created++;
                continue;
            }

            var candidate = new Food { Key = existing.Key, Name = request.Name, FoodGroup = request.FoodGroup };
            FoodMapping.Apply(request, candidate);
            var before = FoodMapping.Snapshot(existing);
            var after = FoodMapping.Snapshot(candidate);
            if (FoodMapping.SameValues(before, after))
            {
                unchanged++;
                continue;
            }

            db.FoodPortions.RemoveRange(existing.Portions);
            FoodMapping.Apply(request, existing);
            existing.EditedLocally = true;
            existing.Version = Guid.NewGuid();
            await audit.AddAsync(db, ImportAction, FoodAdminService.EntityType, existing.Key, before, after);
            updated++;
        }

        if (dryRun)
        {
            return new FoodImportResult([], created, updated, unchanged, false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var key = e.Entries.Select(entry => entry.Entity).OfType<Food>().Select(f => f.Key).FirstOrDefault() ?? string.Empty;
            return FoodImportResult.Failed(
            [
                new FoodImportProblem(lineOfKey.GetValueOrDefault(key, 1), "key", $"someone else saved '{key}' while the file was importing. Nothing was written; import the file again."),
            ]);
        }

        await transaction.CommitAsync(cancellationToken);
        await catalogVersion.ChangedAsync(cancellationToken);
        return new FoodImportResult([], created, updated, unchanged, true);
    }

    /// <summary>Matches FoodSeedMapper's "column nova must be 1 to 4" so the column can be reported on its own.</summary>
    [GeneratedRegex("^column (?<column>[a-z_]+):? (?<message>.+)$")]
    private static partial Regex SeedProblem();

    private static async Task<(List<(int Line, FoodSeedRow Row, List<PortionEdit> Portions)> Rows, List<FoodImportProblem> Problems, string[] Header)> ReadAsync(
        Stream input, CancellationToken cancellationToken)
    {
        var rows = new List<(int, FoodSeedRow, List<PortionEdit>)>();
        var problems = new List<FoodImportProblem>();
        var (text, encodingProblem) = await DecodeAsync(input, cancellationToken);
        if (encodingProblem is not null)
        {
            problems.Add(encodingProblem);
            return (rows, problems, []);
        }

        using var reader = new StringReader(text);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HeaderValidated = null,
            BadDataFound = null,
            PrepareHeaderForMatch = args => args.Header.Trim(),
        };
        using var csv = new CsvReader(reader, configuration);
        // Numbers use a dot for decimals; without this "41,5" would import silently as 415.
        csv.Context.TypeConverterOptionsCache.GetOptions<double>().NumberStyles = NumberStyles.Float;
        csv.Context.TypeConverterOptionsCache.GetOptions<double?>().NumberStyles = NumberStyles.Float;
        // The export escapes cells a spreadsheet would run as formulas ('=...); text cells read back unescaped.
        csv.Context.TypeConverterCache.AddConverter<string>(new SafeCsvTextConverter());

        string[] header;
        try
        {
            if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is null)
            {
                problems.Add(new FoodImportProblem(1, null, "the file is empty; it needs the header line of seeds/foods.csv."));
                return (rows, problems, []);
            }

            header = csv.HeaderRecord.Select(h => h.Trim()).ToArray();
        }
        catch (CsvHelperException e)
        {
            problems.Add(new FoodImportProblem(1, null, $"the header line cannot be read: {FirstLine(e.Message)}"));
            return (rows, problems, []);
        }

        foreach (var missing in SeedColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)))
        {
            problems.Add(new FoodImportProblem(1, missing, "this column is missing from the header line (see seeds/foods.csv)."));
        }

        if (problems.Count > 0)
        {
            return (rows, problems, []);
        }

        var hasPortions = header.Contains(FoodFields.PortionsColumn, StringComparer.Ordinal);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (!await csv.ReadAsync())
                {
                    break;
                }
            }
            catch (CsvHelperException e)
            {
                problems.Add(new FoodImportProblem(csv.Parser.RawRow, null, $"the file cannot be read from here on: {FirstLine(e.Message)}"));
                break;
            }

            // A quoted cell may hold line breaks: report the line the record starts on. RawRow counts every line break
            // read except the one that ends the record, which an unclosed quote (an odd number of quotes) never reaches.
            var raw = csv.Parser.RawRecord;
            var ended = raw.EndsWith('\n') && raw.Count(c => c == '"') % 2 == 0;
            var line = csv.Parser.RawRow - raw.Count(c => c == '\n') + (ended ? 1 : 0);
            if (csv.Parser.Count > header.Length)
            {
                // Extra cells are most often a comma inside an unquoted name, which shifts every later cell.
                problems.Add(new FoodImportProblem(line, null,
                    $"the line has {csv.Parser.Count} cells but the header has {header.Length}: put a value that contains a comma in double quotes."));
                continue;
            }

            if (csv.Parser.Count < header.Length)
            {
                var unclosed = csv.Parser.RawRow > line ? $" A double quote opened here is probably never closed (the record runs to line {csv.Parser.RawRow})." : string.Empty;
                problems.Add(new FoodImportProblem(line, header[csv.Parser.Count],
                    $"the cell is missing: the line has {csv.Parser.Count} cells but the header has {header.Length}.{unclosed}"));
                continue;
            }

            FoodSeedRow row;
            try
            {
                row = csv.GetRecord<FoodSeedRow>();
            }
            catch (TypeConverterException e)
            {
                problems.Add(new FoodImportProblem(line, e.MemberMapData?.Names.FirstOrDefault() ?? ColumnAt(header, csv), NotA(e.Text, e.MemberMapData?.Type)));
                continue;
            }
            catch (CsvHelperException e)
            {
                problems.Add(new FoodImportProblem(line, ColumnAt(header, csv), e is CsvHelper.MissingFieldException
                    ? "the cell is missing: the line has fewer cells than the header."
                    : FirstLine(e.Message)));
                continue;
            }

            var portions = new List<PortionEdit>();
            if (hasPortions)
            {
                var (parsed, portionProblems) = FoodMapping.ParsePortions(SafeCsvWriter.Unescape(csv.GetField(FoodFields.PortionsColumn)));
                portions = parsed;
                problems.AddRange(portionProblems.Select(p => new FoodImportProblem(line, FoodFields.PortionsColumn, p)));
            }

            rows.Add((line, row, portions));
        }

        return (rows, problems, header);
    }

    /// <summary>
    /// Reads the whole file (at most <see cref="MaxImportBytes"/>) and decodes it strictly: a byte order mark names the
    /// encoding, otherwise it must be UTF-8. A Latin-1 file would otherwise import with replacement characters in its
    /// names, and a UTF-16 file without a mark with NUL between every letter.
    /// </summary>
    private static async Task<(string Text, FoodImportProblem? Problem)> DecodeAsync(Stream input, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxImportBytes)
            {
                return (string.Empty, new FoodImportProblem(1, null, $"the file is larger than {MaxImportBytes / (1024 * 1024)} MB; split it into smaller files."));
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        string text;
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            try
            {
                text = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                return (string.Empty, new FoodImportProblem(1, null, "the file starts like UTF-16 text but cannot be read as such; save it as \"CSV UTF-8\" and import again."));
            }
        }
        else
        {
            var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            var chars = new char[bytes.Length];
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(start), chars, out var bytesRead, out var written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                var at = start + bytesRead;
                var badLine = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
                return (string.Empty, new FoodImportProblem(badLine, null,
                    $"the file is not UTF-8 text (byte 0x{bytes[Math.Min(at, bytes.Length - 1)]:X2} cannot be read; Latin-1 or UTF-16 perhaps); save it as \"CSV UTF-8\" and import again."));
            }

            text = new string(chars, 0, written);
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var nulLine = 1 + text.AsSpan(0, nul).Count('\n');
            return (string.Empty, new FoodImportProblem(nulLine, null,
                "the file contains NUL characters: it is not a text file, or UTF-16 without a byte order mark; save it as \"CSV UTF-8\" and import again."));
        }

        return (text, null);
    }

    private static string? ColumnAt(string[] header, CsvReader csv) =>
        csv.CurrentIndex >= 0 && csv.CurrentIndex < header.Length ? header[csv.CurrentIndex] : null;

    private static string NotA(string? text, Type? type)
    {
        var expected = Nullable.GetUnderlyingType(type ?? typeof(string)) ?? type;
        var what = expected == typeof(bool) ? "true or false"
            : expected == typeof(int) ? "a whole number"
            : expected == typeof(double) ? "a number (use a dot for decimals)"
            : "a valid value";
        return $"'{text}' is not {what}.";
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

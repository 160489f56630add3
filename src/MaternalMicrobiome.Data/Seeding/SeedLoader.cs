using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Data.Seeding;

/// <summary>
/// Loads seeds/ into the database idempotently: rows are upserted by stable key, a row whose content has not changed
/// since it was last loaded is skipped, and a row an admin edited is never overwritten. All or nothing.
/// </summary>
public sealed class SeedLoader(AppDbContext db)
{
    public const string FoodsFile = "foods.csv";
    public const string PortionsFile = "food-portions.csv";
    public const string ReferencesFile = "references.json";
    public const string PlantNamesFile = "plant-species.csv";

    /// <summary>USDA's prenatal nutrients per food key (curation/README.md); joined into the foods by key.</summary>
    public const string PrenatalNutrientsFile = "usda-prenatal-nutrients.csv";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public async Task<SeedReport> LoadAsync(string seedDirectory, CancellationToken cancellationToken = default)
    {
        var references = ReadReferences(Path.Combine(seedDirectory, ReferencesFile));
        var portions = ReadPortions(Path.Combine(seedDirectory, PortionsFile));
        var prenatal = ReadPrenatalNutrients(Path.Combine(seedDirectory, PrenatalNutrientsFile));
        var foods = ReadFoods(Path.Combine(seedDirectory, FoodsFile), portions, prenatal);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (referencesAdded, referencesUpdated, referencesKept) = await UpsertReferencesAsync(references, cancellationToken);
            var (foodsAdded, foodsUpdated, foodsKept) = await UpsertFoodsAsync(foods, cancellationToken);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new SeedReport(foodsAdded, foodsUpdated, foodsKept, referencesAdded, referencesUpdated, referencesKept);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<(int Added, int Updated, int Kept)> UpsertReferencesAsync(List<(ReferenceSeedRow Row, string Hash)> rows, CancellationToken cancellationToken)
    {
        var existing = await db.References.ToDictionaryAsync(r => r.Key, StringComparer.Ordinal, cancellationToken);
        int added = 0, updated = 0, kept = 0;
        foreach (var (row, hash) in rows)
        {
            if (!existing.TryGetValue(row.Key, out var reference))
            {
                reference = new Reference { Key = row.Key, Authors = row.Authors, Title = row.Title, Source = row.Source, StudyType = row.StudyType, Finding = row.Finding };
                db.References.Add(reference);
                added++;
            }
            else if (reference.EditedLocally)
            {
                kept++;
                continue;
            }
            else if (reference.SeedHash == hash)
            {
                continue;
            }
            else
            {
                updated++;
            }

            Apply(row, hash, reference);
        }

        return (added, updated, kept);
    }

    private async Task<(int Added, int Updated, int Kept)> UpsertFoodsAsync(List<(FoodSeedRow Row, List<FoodPortionSeedRow> Portions, string Hash)> rows, CancellationToken cancellationToken)
    {
        // Only keys and hashes are read up front: on a start with nothing to do, no food is loaded.
        var existing = await db.Foods
            .Select(f => new { f.Id, f.Key, f.SeedHash, f.EditedLocally })
            .ToDictionaryAsync(f => f.Key, StringComparer.Ordinal, cancellationToken);
        int added = 0, updated = 0, kept = 0;
        foreach (var (row, portions, hash) in rows)
        {
            Food food;
            if (!existing.TryGetValue(row.Key, out var current))
            {
                food = new Food { Key = row.Key, Name = row.Name, FoodGroup = row.FoodGroup };
                db.Foods.Add(food);
                added++;
            }
            else if (current.EditedLocally)
            {
                kept++;
                continue;
            }
            else if (current.SeedHash == hash)
            {
                continue;
            }
            else
            {
                food = await db.Foods.Include(f => f.Portions).SingleAsync(f => f.Id == current.Id, cancellationToken);
                db.FoodPortions.RemoveRange(food.Portions);
                food.Portions.Clear();
                updated++;
            }

            FoodSeedMapper.Apply(row, portions, food);
            food.SeedHash = hash;
            food.Version = Guid.NewGuid();
        }

        return (added, updated, kept);
    }

    private static void Apply(ReferenceSeedRow row, string hash, Reference reference)
    {
        reference.Authors = row.Authors;
        reference.Year = row.Year;
        reference.Title = row.Title;
        reference.Source = row.Source;
        reference.Doi = row.Doi;
        reference.Url = row.Url;
        reference.Status = EvidenceStatusCodes.TryParse(row.Status, out var status)
            ? status
            : throw new SeedException($"{ReferencesFile}: reference '{row.Key}' has unknown status '{row.Status}'.");
        reference.StudyType = row.StudyType;
        reference.Finding = row.Finding;
        reference.Caveat = row.Caveat;
        reference.ArticleCitation = row.ArticleCitation;
        reference.SeedHash = hash;
    }

    /// <summary>
    /// The common names of the species keys. They are not database rows: no one edits them in the app, so they are
    /// read once at start-up into an immutable <see cref="PlantNames"/>.
    /// </summary>
    public static PlantNames ReadPlantNames(string seedDirectory)
    {
        var names = new List<KeyValuePair<string, string>>();
        foreach (var (row, _, line) in ReadCsv<PlantNameSeedRow>(Path.Combine(seedDirectory, PlantNamesFile), PlantNamesFile))
        {
            if (!FoodSeedMapper.SpeciesKeyPattern().IsMatch(row.Key) || string.IsNullOrWhiteSpace(row.CommonName))
            {
                throw new SeedException($"{PlantNamesFile} line {line}: needs a species key such as allium-cepa and a common name.");
            }

            names.Add(new(row.Key, row.CommonName.Trim()));
        }

        try
        {
            return new PlantNames(names);
        }
        catch (ArgumentException e)
        {
            throw new SeedException($"{PlantNamesFile}: {e.Message}", e);
        }
    }

    private static List<(ReferenceSeedRow Row, string Hash)> ReadReferences(string path)
    {
        List<ReferenceSeedRow>? rows;
        try
        {
            rows = JsonSerializer.Deserialize<List<ReferenceSeedRow>>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new SeedException($"{ReferencesFile}: {e.Message}", e);
        }

        if (rows is null)
        {
            throw new SeedException($"{ReferencesFile}: the file holds no references.");
        }

        var duplicate = rows.GroupBy(r => r.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SeedException($"{ReferencesFile}: the key '{duplicate.Key}' appears more than once.");
        }

        return rows.Select(r => (r, Hash(JsonSerializer.Serialize(r, JsonOptions)))).ToList();
    }

    private static Dictionary<string, List<(FoodPortionSeedRow Row, string Raw)>> ReadPortions(string path)
    {
        var byFood = new Dictionary<string, List<(FoodPortionSeedRow, string)>>(StringComparer.Ordinal);
        foreach (var (row, raw, line) in ReadCsv<FoodPortionSeedRow>(path, PortionsFile))
        {
            if (row.Grams <= 0 || string.IsNullOrWhiteSpace(row.Description))
            {
                throw new SeedException($"{PortionsFile} line {line}: a portion needs a description and more than 0 grams.");
            }

            if (!byFood.TryGetValue(row.FoodKey, out var list))
            {
                byFood[row.FoodKey] = list = [];
            }

            list.Add((row, raw));
        }

        return byFood;
    }

    private static List<(FoodSeedRow Row, List<FoodPortionSeedRow> Portions, string Hash)> ReadFoods(
        string path, Dictionary<string, List<(FoodPortionSeedRow Row, string Raw)>> portions, Dictionary<string, (FoodSeedRow Row, string Raw)> prenatal)
    {
        var foods = new List<(FoodSeedRow, List<FoodPortionSeedRow>, string)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, raw, line) in ReadCsv<FoodSeedRow>(path, FoodsFile))
        {
            var problem = FoodSeedMapper.Validate(row);
            if (problem is not null)
            {
                throw new SeedException($"{FoodsFile} line {line}: {problem}");
            }

            if (!keys.Add(row.Key))
            {
                throw new SeedException($"{FoodsFile} line {line}: the key '{row.Key}' appears more than once.");
            }

            // A food without an extract row (the curated mm- foods) keeps every prenatal nutrient unknown.
            var extract = prenatal.GetValueOrDefault(row.Key);
            foreach (var nutrient in PrenatalNutrients)
            {
                nutrient.Set(row, extract.Row is null ? nutrient.Get(row) : nutrient.Get(extract.Row));
            }

            // The extract's line is part of the hash, so a changed (or newly joined) value updates the food.
            var own = portions.GetValueOrDefault(row.Key) ?? [];
            var hash = Hash(raw + extract.Raw + string.Concat(own.Select(p => p.Raw)));
            foods.Add((row, own.Select(p => p.Row).OrderBy(p => p.Sequence).ToList(), hash));
        }

        var orphan = portions.Keys.FirstOrDefault(key => !keys.Contains(key));
        if (orphan is not null)
        {
            throw new SeedException($"{PortionsFile}: portions for '{orphan}', which is not in {FoodsFile}.");
        }

        var orphanNutrients = prenatal.Keys.FirstOrDefault(key => !keys.Contains(key));
        if (orphanNutrients is not null)
        {
            throw new SeedException($"{PrenatalNutrientsFile}: nutrients for '{orphanNutrients}', which is not in {FoodsFile}.");
        }

        return foods;
    }

    private static IEnumerable<FoodNutrient> PrenatalNutrients => FoodNutrients.All.Where(n => n.SeedFile == PrenatalNutrientsFile);

    /// <summary>
    /// The extract's rows by food key, each as a <see cref="FoodSeedRow"/> holding only its nutrients. An empty cell
    /// stays null (unknown); every nutrient the table takes from this file must have its column.
    /// </summary>
    private static Dictionary<string, (FoodSeedRow Row, string Raw)> ReadPrenatalNutrients(string path)
    {
        var rows = new Dictionary<string, (FoodSeedRow, string)>(StringComparer.Ordinal);
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new SeedException($"{PrenatalNutrientsFile}: the file has no header line.");
        }

        var missing = PrenatalNutrients.Select(n => n.Column).Prepend("key").FirstOrDefault(c => !csv.HeaderRecord.Contains(c, StringComparer.Ordinal));
        if (missing is not null)
        {
            throw new SeedException($"{PrenatalNutrientsFile}: column {missing} is missing from the header line.");
        }

        while (csv.Read())
        {
            var row = new FoodSeedRow { Key = csv.GetField("key") ?? string.Empty };
            foreach (var nutrient in PrenatalNutrients)
            {
                var text = csv.GetField(nutrient.Column);
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
                {
                    throw new SeedException($"{PrenatalNutrientsFile} line {csv.Parser.RawRow}: column {nutrient.Column}: '{text}' is not an amount.");
                }

                nutrient.Set(row, value);
            }

            if (!rows.TryAdd(row.Key, (row, csv.Parser.RawRecord)))
            {
                throw new SeedException($"{PrenatalNutrientsFile} line {csv.Parser.RawRow}: the key '{row.Key}' appears more than once.");
            }
        }

        return rows;
    }

    private static IEnumerable<(T Row, string Raw, int Line)> ReadCsv<T>(string path, string fileName)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        try
        {
            csv.Read();
            csv.ReadHeader();
        }
        catch (CsvHelperException e)
        {
            throw new SeedException($"{fileName}: cannot read the header: {e.Message}", e);
        }

        while (csv.Read())
        {
            T row;
            try
            {
                row = csv.GetRecord<T>();
            }
            catch (CsvHelperException e)
            {
                throw new SeedException($"{fileName} line {csv.Parser.RawRow}: {e.Message.Split('\n')[0]}", e);
            }

            yield return (row, csv.Parser.RawRecord, csv.Parser.RawRow);
        }
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

using System.Text;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Tests.Integration;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>
/// The admin CSV import, through <see cref="FoodCsvService"/>: broken quoting, wrong cell counts, wrong encodings, junk
/// and bad values. Every file is refused naming its line (and column where there is one), and nothing is written.
/// </summary>
public sealed class FoodCsvBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly string Header = string.Join(',', FoodCsvService.Columns) + ",portions";

    public static BadInputTable<(Func<byte[]> File, int Line)> Files { get; } = new()
    {
        { "empty file", (() => [], 1), string.Empty },
        { "only a byte order mark", (() => [0xEF, 0xBB, 0xBF], 1), string.Empty },
        { "only blank lines", (() => Utf8("\n\n\r\n"), 1), string.Empty },
        { "header only", (() => Utf8(Header + "\n"), 2), string.Empty },
        { "header only after a byte order mark", (() => [0xEF, 0xBB, 0xBF, .. Utf8(Header)], 2), string.Empty },
        { "header without the name column", (() => Utf8(Header.Replace(",name,", ",", StringComparison.Ordinal) + "\n" + Good()), 1), "name" },
        { "header of another file", (() => Utf8("date,steps,mood\n2026-01-01,5000,ok\n"), 1), "key" },
        { "binary junk: a PNG image", (() => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'], 1), string.Empty },
        { "binary junk: a zip archive", (() => [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0], 1), string.Empty },
        { "Latin-1 file", (() => [.. Utf8(Header + "\n"), .. Encoding.Latin1.GetBytes(Good(name: "Café crème") + "\n")], 2), string.Empty },
        { "Windows-1252 smart quotes", (() => [.. Utf8(Header + "\n" + Good() + "\n"), .. Utf8(Good(name: "Kefir").Replace("Kefir", "Kefir \u0001", StringComparison.Ordinal)).Select(b => b == 1 ? (byte)0x93 : b)], 3), string.Empty },
        { "UTF-16 without a byte order mark", (() => Encoding.Unicode.GetBytes(Header + "\n" + Good()), 1), string.Empty },
        { "UTF-16 big-endian without a byte order mark", (() => Encoding.BigEndianUnicode.GetBytes(Header + "\n" + Good()), 1), string.Empty },
        { "UTF-16 with a byte order mark and a bad row", (() => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Header + "\n" + Cell(Good(), "fiber_g", "-1"))], 2), "fiber_g" },
        { "UTF-8 with a byte order mark and a bad third line", (() => [0xEF, 0xBB, 0xBF, .. Utf8(Header + "\n" + Good() + "\n" + Cell(Good(), "fiber_g", "-1"))], 3), "fiber_g" },
        { "surrogate encoded in UTF-8 (CESU)", (() => [.. Utf8(Header + "\n"), .. Utf8(Good(name: "Kefir X")).SelectMany(b => b == (byte)'X' ? new byte[] { 0xED, 0xA0, 0xBD } : [b])], 2), string.Empty },
        { "overlong UTF-8 slash", (() => [.. Utf8(Header + "\n" + Good() + "\n"), 0xC0, 0xAF], 3), string.Empty },
        { "unterminated quote in a name", (() => Utf8(Header + "\n" + Cell(Good(), "name", "\"Kefir, plain") + "\n" + Good() + "\n"), 2), string.Empty },
        { "unterminated quote on the last line", (() => Utf8(Header + "\n" + Good() + "\n" + Cell(Good(), "curation_note", "\"checked")), 3), string.Empty },
        { "too few cells", (() => Utf8(Header + "\n" + string.Join(',', Good().Split(',').Take(6)) + "\n"), 2), string.Empty },
        { "too many cells", (() => Utf8(Header + "\n" + Good() + ",extra,cells\n"), 2), string.Empty },
        { "a comma in an unquoted name", (() => Utf8(Header + "\n" + Cell(Good(), "name", "Kefir, plain") + "\n"), 2), string.Empty },
        { "a name with NUL", (() => Utf8(Header + "\n" + Cell(Good(), "name", "Kefir\0") + "\n"), 2), string.Empty },
        { "a name with a bell", (() => Utf8(Header + "\n" + Cell(Good(), "name", "Kefir\u0007") + "\n"), 2), "name" },
        { "a name of 201 characters", (() => Utf8(Header + "\n" + Cell(Good(), "name", BadText.Repeated(201)) + "\n"), 2), "name" },
        { "a huge field: a name of 2 MB", (() => Utf8(Header + "\n" + Cell(Good(), "name", BadText.Repeated(2_000_000)) + "\n"), 2), "name" },
        { "a file over 10 MB", (() => Utf8(Header + "\n" + Cell(Good(), "curation_note", BadText.Repeated((int)FoodCsvService.MaxImportBytes)) + "\n"), 1), string.Empty },
        { "energy not a number", (() => Utf8(Header + "\n" + Cell(Good(), "energy_kcal", "lots") + "\n"), 2), "energy_kcal" },
        { "energy NaN", (() => Utf8(Header + "\n" + Cell(Good(), "energy_kcal", "NaN") + "\n"), 2), "energy_kcal" },
        { "energy Infinity", (() => Utf8(Header + "\n" + Cell(Good(), "energy_kcal", "Infinity") + "\n"), 2), "energy_kcal" },
        { "energy 1e999", (() => Utf8(Header + "\n" + Cell(Good(), "energy_kcal", "1e999") + "\n"), 2), "energy_kcal" },
        { "energy with a decimal comma", (() => Utf8(Header + "\n" + Cell(Good(), "energy_kcal", "\"41,5\"") + "\n"), 2), "energy_kcal" },
        { "energy negative", (() => Utf8(Header + "\n" + Cell(Good(), "energy_kcal", "-41") + "\n"), 2), "energy_kcal" },
        { "nova a fraction", (() => Utf8(Header + "\n" + Cell(Good(), "nova", "2.5") + "\n"), 2), "nova" },
        { "nova beyond int", (() => Utf8(Header + "\n" + Cell(Good(), "nova", "99999999999") + "\n"), 2), "nova" },
        { "fermented neither true nor false", (() => Utf8(Header + "\n" + Cell(Good(), "fermented", "maybe") + "\n"), 2), "fermented" },
        { "colours unknown", (() => Utf8(Header + "\n" + Cell(Good(), "colours", "ultraviolet") + "\n"), 2), "colours" },
        { "species is script", (() => Utf8(Header + "\n" + Cell(Good(), "plant_species", "\"<script>alert(1)</script>\"") + "\n"), 2), "plant_species" },
        { "key empty", (() => Utf8(Header + "\n" + Cell(Good(), "key", string.Empty) + "\n"), 2), "key" },
        { "key is SQL", (() => Utf8(Header + "\n" + Cell(Good(), "key", "\"'; DROP TABLE Foods;--\"") + "\n"), 2), "key" },
        { "key twice in the file", (() => Utf8(Header + "\n" + Good() + "\n" + Good() + "\n"), 3), "key" },
        { "portion without grams", (() => Utf8(Header + "\n" + Cell(Good(), "portions", "1 cup") + "\n"), 2), "portions" },
        { "portion grams NaN", (() => Utf8(Header + "\n" + Cell(Good(), "portions", "1 cup=NaN") + "\n"), 2), "portions" },
        { "portion grams negative", (() => Utf8(Header + "\n" + Cell(Good(), "portions", "1 cup=-240") + "\n"), 2), "portions" },
        { "energy escaped as text ('41)", (() => Utf8(Header + "\n" + Cell(Good(), "energy_kcal", "'41") + "\n"), 2), "energy_kcal" },
        { "energy escaped negative ('-41)", (() => Utf8(Header + "\n" + Cell(Good(), "energy_kcal", "'-41") + "\n"), 2), "energy_kcal" },
        { "nova escaped formula ('=1+1)", (() => Utf8(Header + "\n" + Cell(Good(), "nova", "'=1+1") + "\n"), 2), "nova" },
        { "name escaped, then a bell ('=Kefir)", (() => Utf8(Header + "\n" + Cell(Good(), "name", "'=Kefir\u0007") + "\n"), 2), "name" },
        { "portion escaped, then without grams ('-1 cup)", (() => Utf8(Header + "\n" + Cell(Good(), "portions", "'-1 cup") + "\n"), 2), "portions" },
        { "portion grams 1e999", (() => Utf8(Header + "\n" + Cell(Good(), "portions", "1 cup=1e999") + "\n"), 2), "portions" },
    };

    public static TheoryData<string> Cases => Files.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_file_is_refused_naming_the_line_and_column_and_nothing_is_written(string name)
    {
        var bad = Files[name];
        var admin = await BadInputSession.UserAsync(factory, Roles.Admin);
        var bytes = bad.Input.File();

        await BadInputAssert.ImportRefusedWithoutWriteAsync(factory.Services, bad.Input.Line, bad.Field.Length == 0 ? null : bad.Field,
            () => BadInputSession.AsAsync<FoodCsvService, FoodImportResult>(factory, admin, async csv =>
            {
                using var file = new MemoryStream(bytes);
                return await csv.ImportAsync(file);
            }));
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>A valid row in the export's layout (no cell of it is quoted, so cells split on commas).</summary>
    private static string Good(string name = "Imported kefir")
    {
        using var file = TestFoods.Csv((TestFoods.Row("mm-bad-input-kefir", name), "1 cup=243"));
        return Encoding.UTF8.GetString(file.ToArray()).Split('\n')[1].TrimEnd('\r');
    }

    private static string Cell(string line, string column, string value)
    {
        var cells = line.Split(',');
        cells[Header.Split(',').ToList().IndexOf(column)] = value;
        return string.Join(',', cells);
    }
}

using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace MaternalMicrobiome.Web.Application;

/// <summary>Reads text cells of a file <see cref="SafeCsvWriter"/> wrote, undoing its formula escape.</summary>
public sealed class SafeCsvTextConverter : StringConverter
{
    public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
        base.ConvertFromString(SafeCsvWriter.Unescape(text), row, memberMapData);
}

using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Web.Application;

/// <summary>The client's copy of each library food asked for (by library id), and how many copies were new.</summary>
public sealed record LibraryCopyResult(IReadOnlyDictionary<int, Food> Copies, int Created);

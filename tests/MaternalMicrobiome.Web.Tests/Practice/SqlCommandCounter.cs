using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MaternalMicrobiome.Web.Tests.Practice;

/// <summary>
/// Counts the SQL commands EF Core sends while <see cref="Count"/> is measuring, on this async flow only: queries apart
/// from inserts (EF Core's SQLite provider sends each inserted row as its own statement, even within one SaveChanges).
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly AsyncLocal<bool> counting = new();
    private int queries;
    private int inserts;

    public async Task<(int Queries, int Inserts)> Count(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Interlocked.Exchange(ref queries, 0);
        Interlocked.Exchange(ref inserts, 0);
        counting.Value = true;
        try
        {
            await action();
        }
        finally
        {
            counting.Value = false;
        }

        return (Volatile.Read(ref queries), Volatile.Read(ref inserts));
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Counted(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    private void Counted(DbCommand command)
    {
        if (counting.Value)
        {
            if (command.CommandText.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase))
            {
                Interlocked.Increment(ref inserts);
            }
            else
            {
                Interlocked.Increment(ref queries);
            }
        }
    }
}

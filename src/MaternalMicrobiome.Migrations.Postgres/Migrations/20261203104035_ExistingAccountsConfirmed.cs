using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaternalMicrobiome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ExistingAccountsConfirmed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Accounts made before sign-in required a confirmed address keep signing in: they are taken as confirmed.
            migrationBuilder.Sql(@"UPDATE ""AspNetUsers"" SET ""EmailConfirmed"" = TRUE WHERE NOT ""EmailConfirmed"";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Which accounts were unconfirmed before is not kept; going back leaves them confirmed.
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaternalMicrobiome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RosterCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MealEntries_UserId_Date",
                table: "MealEntries");

            migrationBuilder.CreateIndex(
                name: "IX_MealEntries_UserId_Date_FoodId_Grams",
                table: "MealEntries",
                columns: new[] { "UserId", "Date", "FoodId", "Grams" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MealEntries_UserId_Date_FoodId_Grams",
                table: "MealEntries");

            migrationBuilder.CreateIndex(
                name: "IX_MealEntries_UserId_Date",
                table: "MealEntries",
                columns: new[] { "UserId", "Date" });
        }
    }
}

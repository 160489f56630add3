using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaternalMicrobiome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MotherPreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AvoidedAllergens",
                table: "MotherProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DietPattern",
                table: "MotherProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DislikedFoodIds",
                table: "MotherProfiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "Exclusions",
                table: "MotherProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "MotherProfiles",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Units",
                table: "MotherProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AvoidedAllergens",
                table: "MotherProfiles");

            migrationBuilder.DropColumn(
                name: "DietPattern",
                table: "MotherProfiles");

            migrationBuilder.DropColumn(
                name: "DislikedFoodIds",
                table: "MotherProfiles");

            migrationBuilder.DropColumn(
                name: "Exclusions",
                table: "MotherProfiles");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "MotherProfiles");

            migrationBuilder.DropColumn(
                name: "Units",
                table: "MotherProfiles");
        }
    }
}

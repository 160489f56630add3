using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaternalMicrobiome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RetirePlantCountingMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PlantCountingMode",
                table: "MotherProfiles");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PlantCountingMode",
                table: "MotherProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}

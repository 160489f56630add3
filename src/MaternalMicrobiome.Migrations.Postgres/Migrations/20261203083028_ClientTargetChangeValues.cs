using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaternalMicrobiome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClientTargetChangeValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Metric",
                table: "ClientTargetChanges",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Value",
                table: "ClientTargetChanges",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Weight",
                table: "ClientTargetChanges",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Metric",
                table: "ClientTargetChanges");

            migrationBuilder.DropColumn(
                name: "Value",
                table: "ClientTargetChanges");

            migrationBuilder.DropColumn(
                name: "Weight",
                table: "ClientTargetChanges");
        }
    }
}

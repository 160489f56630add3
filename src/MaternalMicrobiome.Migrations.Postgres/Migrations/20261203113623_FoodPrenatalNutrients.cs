using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaternalMicrobiome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FoodPrenatalNutrients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "CalciumMg",
                table: "Foods",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "CholineMg",
                table: "Foods",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "DhaG",
                table: "Foods",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "EpaG",
                table: "Foods",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "FolateDfeUg",
                table: "Foods",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "IodineUg",
                table: "Foods",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "IronMg",
                table: "Foods",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "VitaminB12Ug",
                table: "Foods",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "VitaminDUg",
                table: "Foods",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CalciumMg",
                table: "Foods");

            migrationBuilder.DropColumn(
                name: "CholineMg",
                table: "Foods");

            migrationBuilder.DropColumn(
                name: "DhaG",
                table: "Foods");

            migrationBuilder.DropColumn(
                name: "EpaG",
                table: "Foods");

            migrationBuilder.DropColumn(
                name: "FolateDfeUg",
                table: "Foods");

            migrationBuilder.DropColumn(
                name: "IodineUg",
                table: "Foods");

            migrationBuilder.DropColumn(
                name: "IronMg",
                table: "Foods");

            migrationBuilder.DropColumn(
                name: "VitaminB12Ug",
                table: "Foods");

            migrationBuilder.DropColumn(
                name: "VitaminDUg",
                table: "Foods");
        }
    }
}

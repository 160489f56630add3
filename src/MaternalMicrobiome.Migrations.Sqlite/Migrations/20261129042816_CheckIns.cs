using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaternalMicrobiome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CheckIns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SleepHours = table.Column<double>(type: "REAL", nullable: true),
                    Stress = table.Column<int>(type: "INTEGER", nullable: true),
                    MovementMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Breathwork = table.Column<bool>(type: "INTEGER", nullable: false),
                    AntibioticCourse = table.Column<bool>(type: "INTEGER", nullable: false),
                    DigestiveComfort = table.Column<int>(type: "INTEGER", nullable: true),
                    BristolType = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => new { x.UserId, x.Date });
                    table.ForeignKey(
                        name: "FK_CheckIns_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckIns");
        }
    }
}

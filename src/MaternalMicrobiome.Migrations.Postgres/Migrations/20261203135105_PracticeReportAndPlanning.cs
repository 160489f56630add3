using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MaternalMicrobiome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PracticeReportAndPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlannedMealNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MealPlanId = table.Column<int>(type: "integer", nullable: false),
                    DayIndex = table.Column<int>(type: "integer", nullable: false),
                    Slot = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedMealNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedMealNotes_MealPlans_MealPlanId",
                        column: x => x.MealPlanId,
                        principalTable: "MealPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PractitionerProfiles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Credentials = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PracticeName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PractitionerProfiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_PractitionerProfiles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShoppingTicks",
                columns: table => new
                {
                    MealPlanId = table.Column<int>(type: "integer", nullable: false),
                    FoodId = table.Column<int>(type: "integer", nullable: false),
                    TickedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShoppingTicks", x => new { x.MealPlanId, x.FoodId });
                    table.ForeignKey(
                        name: "FK_ShoppingTicks_Foods_FoodId",
                        column: x => x.FoodId,
                        principalTable: "Foods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShoppingTicks_MealPlans_MealPlanId",
                        column: x => x.MealPlanId,
                        principalTable: "MealPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WeeklyRecommendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MotherId = table.Column<string>(type: "text", nullable: false),
                    NutritionistId = table.Column<string>(type: "text", nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeeklyRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WeeklyRecommendations_AspNetUsers_MotherId",
                        column: x => x.MotherId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WeeklyRecommendations_AspNetUsers_NutritionistId",
                        column: x => x.NutritionistId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedMealNotes_MealPlanId_DayIndex_Slot",
                table: "PlannedMealNotes",
                columns: new[] { "MealPlanId", "DayIndex", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShoppingTicks_FoodId",
                table: "ShoppingTicks",
                column: "FoodId");

            migrationBuilder.CreateIndex(
                name: "IX_WeeklyRecommendations_MotherId_NutritionistId_WeekStart",
                table: "WeeklyRecommendations",
                columns: new[] { "MotherId", "NutritionistId", "WeekStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WeeklyRecommendations_NutritionistId",
                table: "WeeklyRecommendations",
                column: "NutritionistId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlannedMealNotes");

            migrationBuilder.DropTable(
                name: "PractitionerProfiles");

            migrationBuilder.DropTable(
                name: "ShoppingTicks");

            migrationBuilder.DropTable(
                name: "WeeklyRecommendations");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaternalMicrobiome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NotificationSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Both switches start on, for existing accounts too (the model has no database default: new rows get true from AppUser).
            migrationBuilder.AddColumn<bool>(
                name: "NotifyOnComment",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "NotifyOnLinkEnd",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotifyOnComment",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "NotifyOnLinkEnd",
                table: "AspNetUsers");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DhrTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ActionStatusRagSetBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RagSetByUserId",
                table: "Actions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RagSetUtc",
                table: "Actions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusSetByUserId",
                table: "Actions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusSetUtc",
                table: "Actions",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RagSetByUserId",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "RagSetUtc",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "StatusSetByUserId",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "StatusSetUtc",
                table: "Actions");
        }
    }
}

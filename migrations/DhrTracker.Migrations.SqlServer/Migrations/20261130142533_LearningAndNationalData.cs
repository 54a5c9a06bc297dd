using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DhrTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LearningAndNationalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AreaName",
                table: "Partnerships",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BriefingBackground",
                table: "Partnerships",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SmallNumberThreshold",
                table: "Partnerships",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NationalDataSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LoadedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LoadedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Incidents = table.Column<int>(type: "int", nullable: false),
                    Victims = table.Column<int>(type: "int", nullable: false),
                    Perpetrators = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalDataSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NationalIncidents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Csp = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DeathYear = table.Column<int>(type: "int", nullable: true),
                    MultipleVictims = table.Column<bool>(type: "bit", nullable: true),
                    IntimatePartnerViolence = table.Column<bool>(type: "bit", nullable: true),
                    FamilialHomicide = table.Column<bool>(type: "bit", nullable: true),
                    Parricide = table.Column<bool>(type: "bit", nullable: true),
                    HomicideSuicide = table.Column<bool>(type: "bit", nullable: true),
                    ChildrenPresent = table.Column<bool>(type: "bit", nullable: true),
                    CoerciveControl = table.Column<bool>(type: "bit", nullable: true),
                    EconomicAbuse = table.Column<bool>(type: "bit", nullable: true),
                    PhysicalAbuse = table.Column<bool>(type: "bit", nullable: true),
                    EmotionalAbuse = table.Column<bool>(type: "bit", nullable: true),
                    SexualAbuse = table.Column<bool>(type: "bit", nullable: true),
                    Stalking = table.Column<bool>(type: "bit", nullable: true),
                    Separation = table.Column<bool>(type: "bit", nullable: true),
                    HonourBasedViolence = table.Column<bool>(type: "bit", nullable: true),
                    ForcedMarriage = table.Column<bool>(type: "bit", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalIncidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NationalPerpetrators",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    IncidentId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AgeBand = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Sex = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CourtVerdict = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalPerpetrators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NationalPerpetrators_NationalIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "NationalIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NationalVictims",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    IncidentId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AgeBand = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Sex = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Relationship = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DiedBySuicide = table.Column<bool>(type: "bit", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalVictims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NationalVictims_NationalIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "NationalIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NationalPerpetrators_IncidentId",
                table: "NationalPerpetrators",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_NationalVictims_IncidentId",
                table: "NationalVictims",
                column: "IncidentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NationalDataSets");

            migrationBuilder.DropTable(
                name: "NationalPerpetrators");

            migrationBuilder.DropTable(
                name: "NationalVictims");

            migrationBuilder.DropTable(
                name: "NationalIncidents");

            migrationBuilder.DropColumn(
                name: "AreaName",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "BriefingBackground",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "SmallNumberThreshold",
                table: "Partnerships");
        }
    }
}

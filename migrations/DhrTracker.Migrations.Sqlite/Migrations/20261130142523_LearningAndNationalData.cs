using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DhrTracker.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BriefingBackground",
                table: "Partnerships",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SmallNumberThreshold",
                table: "Partnerships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NationalDataSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LoadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Incidents = table.Column<int>(type: "INTEGER", nullable: false),
                    Victims = table.Column<int>(type: "INTEGER", nullable: false),
                    Perpetrators = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalDataSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NationalIncidents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Csp = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeathYear = table.Column<int>(type: "INTEGER", nullable: true),
                    MultipleVictims = table.Column<bool>(type: "INTEGER", nullable: true),
                    IntimatePartnerViolence = table.Column<bool>(type: "INTEGER", nullable: true),
                    FamilialHomicide = table.Column<bool>(type: "INTEGER", nullable: true),
                    Parricide = table.Column<bool>(type: "INTEGER", nullable: true),
                    HomicideSuicide = table.Column<bool>(type: "INTEGER", nullable: true),
                    ChildrenPresent = table.Column<bool>(type: "INTEGER", nullable: true),
                    CoerciveControl = table.Column<bool>(type: "INTEGER", nullable: true),
                    EconomicAbuse = table.Column<bool>(type: "INTEGER", nullable: true),
                    PhysicalAbuse = table.Column<bool>(type: "INTEGER", nullable: true),
                    EmotionalAbuse = table.Column<bool>(type: "INTEGER", nullable: true),
                    SexualAbuse = table.Column<bool>(type: "INTEGER", nullable: true),
                    Stalking = table.Column<bool>(type: "INTEGER", nullable: true),
                    Separation = table.Column<bool>(type: "INTEGER", nullable: true),
                    HonourBasedViolence = table.Column<bool>(type: "INTEGER", nullable: true),
                    ForcedMarriage = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalIncidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NationalPerpetrators",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IncidentId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CourtVerdict = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IncidentId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DiedBySuicide = table.Column<bool>(type: "INTEGER", nullable: true)
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

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DhrTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FamilyInvolvement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FamilyMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RealName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PreferredContact = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ContactDetails = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AccessNeeds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Consent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LeafletGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdvocacyOfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdvocacyOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdvocacyAnswer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AdvocacyAnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HomicideServiceReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyMembers_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvolvementEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Declined = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvolvementEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvolvementEntries_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvolvementEntries_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMembers_ReviewId_Pseudonym",
                table: "FamilyMembers",
                columns: new[] { "ReviewId", "Pseudonym" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvolvementEntries_FamilyMemberId",
                table: "InvolvementEntries",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_InvolvementEntries_ReviewId_On",
                table: "InvolvementEntries",
                columns: new[] { "ReviewId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvolvementEntries");

            migrationBuilder.DropTable(
                name: "FamilyMembers");
        }
    }
}

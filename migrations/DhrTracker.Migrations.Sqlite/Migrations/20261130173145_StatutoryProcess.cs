using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DhrTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatutoryProcess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeathType",
                table: "Victims",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Homicide");

            // The tick box becomes a type of death: a suicide stays a suicide, everything else was recorded as a homicide.
            migrationBuilder.Sql("UPDATE Victims SET DeathType = 'Suicide' WHERE DeathBySuicide = 1");

            migrationBuilder.DropColumn(
                name: "DeathBySuicide",
                table: "Victims");

            migrationBuilder.AddColumn<string>(
                name: "PseudonymChoice",
                table: "Victims",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FamilyToldOfPublicationOn",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LocalSignOffApprover",
                table: "Reviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LocalSignOffBody",
                table: "Reviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LocalSignOffDate",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NonPublicationAgreedOn",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NonPublicationReason",
                table: "Reviews",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotificationSource",
                table: "Reviews",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Agency");

            migrationBuilder.AddColumn<bool>(
                name: "PublishedQaLetter",
                table: "Reviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PublishedUrl",
                table: "Reviews",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReconsiderationReason",
                table: "Reviews",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReconsideredOn",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RevisedTargetAgreedOn",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RevisedTargetDate",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevisedTargetReason",
                table: "Reviews",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SecretaryOfStateCopyDate",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ScopingDue",
                table: "ReviewAgencies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ScopingReceived",
                table: "ReviewAgencies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ScopingRequested",
                table: "ReviewAgencies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HomeOfficeNotificationDays",
                table: "Partnerships",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "RagFollowsAgreedTimetable",
                table: "Partnerships",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ReviewTypeAbbreviation",
                table: "Partnerships",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "DHR");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Section19CommencementDate",
                table: "Partnerships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Agencies",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Agencies",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Agencies",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PanelMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AgendaDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MinutesDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelMeetings_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QaDevelopmentAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HowAddressed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QaDevelopmentAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QaDevelopmentAreas_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionChases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChasedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionChases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionChases_ReviewAgencies_ReviewAgencyId",
                        column: x => x.ReviewAgencyId,
                        principalTable: "ReviewAgencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TimescaleVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionDueMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportDueMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimescaleVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimescaleVersions_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelMeetingAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AgencyName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMeetingAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelMeetingAttendance_PanelMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PanelMeetingAttendance_MeetingId_UserId",
                table: "PanelMeetingAttendance",
                columns: new[] { "MeetingId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelMeetings_ReviewId_StartsUtc",
                table: "PanelMeetings",
                columns: new[] { "ReviewId", "StartsUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_QaDevelopmentAreas_ReviewId_Number",
                table: "QaDevelopmentAreas",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionChases_ReviewAgencyId_ChasedOn",
                table: "SubmissionChases",
                columns: new[] { "ReviewAgencyId", "ChasedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TimescaleVersions_PartnershipId_EffectiveFrom",
                table: "TimescaleVersions",
                columns: new[] { "PartnershipId", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PanelMeetingAttendance");

            migrationBuilder.DropTable(
                name: "QaDevelopmentAreas");

            migrationBuilder.DropTable(
                name: "SubmissionChases");

            migrationBuilder.DropTable(
                name: "TimescaleVersions");

            migrationBuilder.DropTable(
                name: "PanelMeetings");

            migrationBuilder.AddColumn<bool>(
                name: "DeathBySuicide",
                table: "Victims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE Victims SET DeathBySuicide = 1 WHERE DeathType = 'Suicide'");

            migrationBuilder.DropColumn(
                name: "DeathType",
                table: "Victims");

            migrationBuilder.DropColumn(
                name: "PseudonymChoice",
                table: "Victims");

            migrationBuilder.DropColumn(
                name: "FamilyToldOfPublicationOn",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "LocalSignOffApprover",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "LocalSignOffBody",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "LocalSignOffDate",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "NonPublicationAgreedOn",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "NonPublicationReason",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "NotificationSource",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedQaLetter",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedUrl",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "ReconsiderationReason",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "ReconsideredOn",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RevisedTargetAgreedOn",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RevisedTargetDate",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RevisedTargetReason",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "SecretaryOfStateCopyDate",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "ScopingDue",
                table: "ReviewAgencies");

            migrationBuilder.DropColumn(
                name: "ScopingReceived",
                table: "ReviewAgencies");

            migrationBuilder.DropColumn(
                name: "ScopingRequested",
                table: "ReviewAgencies");

            migrationBuilder.DropColumn(
                name: "HomeOfficeNotificationDays",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "RagFollowsAgreedTimetable",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "ReviewTypeAbbreviation",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "Section19CommencementDate",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Agencies");

        }
    }
}

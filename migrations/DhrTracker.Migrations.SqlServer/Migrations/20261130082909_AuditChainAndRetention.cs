using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DhrTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditChainAndRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Reviews",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LegalHoldSince",
                table: "Reviews",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RetentionYears",
                table: "Partnerships",
                type: "int",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<string>(
                name: "ChangesHash",
                table: "AuditEntries",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CircuitId",
                table: "AuditEntries",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "IpAddress",
                table: "AuditEntries",
                type: "nvarchar(45)",
                maxLength: 45,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewId",
                table: "AuditEntries",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "UserAgent",
                table: "AuditEntries",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ChainStartsAfter = table.Column<long>(type: "bigint", nullable: false),
                    EarlierEntries = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditChanges",
                columns: table => new
                {
                    AuditEntryId = table.Column<long>(type: "bigint", nullable: false),
                    Values = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChanges", x => x.AuditEntryId);
                    table.ForeignKey(
                        name: "FK_AuditChanges_AuditEntries_AuditEntryId",
                        column: x => x.AuditEntryId,
                        principalTable: "AuditEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHeads",
                columns: new[] { "Id", "ChainStartsAfter", "EarlierEntries", "LastHash", "LastSequence" },
                values: new object[] { 1, 0L, 0L, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            // Rows written before the chain existed keep their order (sequence = id) and are counted
            // in the head, so removing one still shows; the chain proper starts after them (ADR 0304).
            migrationBuilder.Sql("UPDATE [AuditEntries] SET [Sequence] = [Id];");
            migrationBuilder.Sql("UPDATE [AuditChainHeads] SET [LastSequence] = COALESCE((SELECT MAX([Id]) FROM [AuditEntries]), 0), [ChainStartsAfter] = COALESCE((SELECT MAX([Id]) FROM [AuditEntries]), 0), [EarlierEntries] = (SELECT COUNT_BIG(*) FROM [AuditEntries]) WHERE [Id] = 1;");

            // Append-only in the database itself, whatever the client: EF, bulk updates or raw SQL.
            // Wrapped in EXEC because the idempotent script puts each step inside IF ... BEGIN, where
            // CREATE TRIGGER may not stand. deploy/sql/grant-app-login.sql also grants the application's login INSERT and SELECT only.
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [AuditEntries_refuse_update] ON [AuditEntries] AFTER UPDATE AS BEGIN SET NOCOUNT ON; IF EXISTS (SELECT 1 FROM deleted) THROW 51000, ''Audit entries are append-only: they cannot be changed or removed.'', 1; END')");
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [AuditEntries_refuse_delete] ON [AuditEntries] AFTER DELETE AS BEGIN SET NOCOUNT ON; IF EXISTS (SELECT 1 FROM deleted) THROW 51000, ''Audit entries are append-only: they cannot be changed or removed.'', 1; END')");
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [AuditChanges_refuse_update] ON [AuditChanges] AFTER UPDATE AS BEGIN SET NOCOUNT ON; IF EXISTS (SELECT 1 FROM deleted) THROW 51000, ''Audit entries are append-only: they cannot be changed or removed.'', 1; END')");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ReviewId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "ReviewId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "UserId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [AuditEntries_refuse_update];");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [AuditEntries_refuse_delete];");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [AuditChanges_refuse_update];");

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "AuditChanges");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ReviewId_AtUtc",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserId_AtUtc",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "LegalHoldSince",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RetentionYears",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "ChangesHash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "CircuitId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "IpAddress",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ReviewId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "UserAgent",
                table: "AuditEntries");
        }
    }
}

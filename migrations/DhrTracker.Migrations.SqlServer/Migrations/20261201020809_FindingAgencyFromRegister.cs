using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DhrTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FindingAgencyFromRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "Findings",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AgencyIsOther",
                table: "Findings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Findings_AgencyId",
                table: "Findings",
                column: "AgencyId");

            migrationBuilder.AddForeignKey(
                name: "FK_Findings_Agencies_AgencyId",
                table: "Findings",
                column: "AgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // ADR 0388: a finding's old free-text agency names the register agency of its review's partnership whose name
            // agrees with it, trimmed and ignoring case (and nothing fuzzier: "GP practice" is not taken for "GP").
            // An active agency is preferred to a retired one. The text of a matched finding is cleared (the register name
            // replaces it); text that matched nothing stays, and the finding is listed for a coordinator to resolve.
            // EXEC, so that an idempotent script still compiles where the columns it names are not there.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE f SET AgencyId = (
                    SELECT TOP (1) a.Id FROM Agencies a JOIN Reviews r ON r.PartnershipId = a.PartnershipId
                    WHERE r.Id = f.ReviewId AND LOWER(LTRIM(RTRIM(a.Name))) = LOWER(LTRIM(RTRIM(f.AgencyName)))
                    ORDER BY a.IsActive DESC, a.Id)
                FROM Findings f WHERE f.AgencyName IS NOT NULL;')
                """);
            migrationBuilder.Sql("EXEC(N'UPDATE Findings SET AgencyName = NULL WHERE AgencyId IS NOT NULL;')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The register's name goes back as the text, and an "Other" finding keeps its note as the text.
            migrationBuilder.Sql("EXEC(N'UPDATE f SET AgencyName = a.Name FROM Findings f JOIN Agencies a ON a.Id = f.AgencyId;')");

            migrationBuilder.DropForeignKey(
                name: "FK_Findings_Agencies_AgencyId",
                table: "Findings");

            migrationBuilder.DropIndex(
                name: "IX_Findings_AgencyId",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "AgencyIsOther",
                table: "Findings");
        }
    }
}

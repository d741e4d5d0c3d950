package nl.kamergraaf.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query service with what a public endpoint needs on top: every query is capped at
 * {@link RowLimit#maxRows()} rows (the response says so in {@value #ROW_LIMIT_HEADER} when the cap changed the
 * query), a GET without a query answers with the {@link ServiceDescription} instead of an error, and SELECT results
 * also come as an Excel workbook ({@link SpreadsheetResults}: {@code format=xlsx} or its media type in Accept).
 */
final class PublicQueryService extends SPARQL_QueryDataset {
    /** Set on a response whose query was given the row cap as its LIMIT. */
    static final String ROW_LIMIT_HEADER = "X-Kamergraaf-Row-Limit";

    private final RowLimit rowLimit;
    private final Duration timeout;

    PublicQueryService(RowLimit rowLimit, Duration timeout) {
        this.rowLimit = rowLimit;
        this.timeout = timeout;
    }

    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestParameter(HttpNames.paramQuery) == null) {
            serviceDescription(action);
            return;
        }
        super.execGet(action);
    }

    @Override
    public void execHead(HttpAction action) {
        if (action.getRequestParameter(HttpNames.paramQuery) == null) {
            action.setResponseStatus(200);
            action.setResponseContentType(WebContent.contentTypeTurtle);
            return;
        }
        super.execHead(action);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query asked = decided.getRight() == null ? query : decided.getRight();
        if (!rowLimit.applies(asked)) return decided;
        action.setResponseHeader(ROW_LIMIT_HEADER, Long.toString(rowLimit.maxRows()));
        return Pair.create(decided.getLeft(), rowLimit.apply(asked));
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (!result.isRowSet() || !SpreadsheetResults.wanted(action.getRequest())) {
            super.sendResults(action, result, prologue);
            return;
        }
        // Built in full before the status is set, so a timeout while reading the rows still answers 503.
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try {
            SpreadsheetResults.write(result.rowSet(), workbook);
        } catch (IOException e) {
            throw new ActionErrorException(500, "Writing the spreadsheet failed", e);
        }
        action.setResponseStatus(200);
        action.setResponseContentType(SpreadsheetResults.MEDIA_TYPE);
        action.setResponseHeader("Content-Disposition", "attachment; filename=\"" + SpreadsheetResults.FILE_NAME + "\"");
        action.setResponseHeader("Content-Length", Integer.toString(workbook.size()));
        try (OutputStream out = action.getResponseOutputStream()) {
            workbook.writeTo(out);
        } catch (IOException e) {
            throw new ActionErrorException(500, "Sending the spreadsheet failed", e);
        }
    }

    private void serviceDescription(HttpAction action) {
        MediaType type = ConNeg.chooseContentType(action.getRequest(), DEF.rdfOfferDefault(), DEF.acceptTurtleDefault());
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (lang == null) lang = Lang.TURTLE;
        String endpoint = action.getRequest().getRequestURL().toString();
        Graph sd;
        try {
            sd = ServiceDescription.describe(endpoint, "Queries are cut off after " + timeout.toSeconds()
                    + " s (HTTP 503) and return at most " + rowLimit.maxRows() + " rows.");
        } catch (IllegalArgumentException e) {
            ServletOps.errorBadRequest("Cannot describe the service at " + endpoint + ": " + e.getMessage());
            return;
        }
        action.setResponseStatus(200);
        action.setResponseContentType(lang.getContentType().getContentTypeStr());
        action.setResponseCharacterEncoding("UTF-8");
        try (OutputStream out = action.getResponseOutputStream()) {
            RDFDataMgr.write(out, sd, lang);
        } catch (IOException e) {
            throw new ActionErrorException(500, "Writing the service description failed", e);
        }
    }
}

package nl.kamergraaf.server.linkeddata;

import org.apache.jena.fuseki.main.FusekiServer;

import nl.kamergraaf.server.GetServlet;
import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.server.ServerExtension;

/** The search page {@code /zoek} behind the search box every page carries (docs/linked-data.md, "Search"). */
public final class SearchExtension implements ServerExtension {
    private final int pageSize;

    public SearchExtension() {
        this(ThingSearch.DEFAULT_PAGE_SIZE);
    }

    public SearchExtension(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        Addresses addresses = new Addresses(context.base());
        fuseki.addServlet(SearchResource.PATH, new GetServlet(new SearchResource(new ThingSearch(context.dataset(), pageSize), new SearchPage(addresses))));
    }
}

package app.tandem.common.api;

import java.io.IOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The OpenAPI description of Tandem's API, for integrators (authenticated like the API itself). */
@RestController
class OpenApiController {

  @GetMapping("/api/openapi.yaml")
  ResponseEntity<byte[]> openApi() throws IOException {
    try (var in = new ClassPathResource("openapi/tandem-api.yaml").getInputStream()) {
      return ResponseEntity.ok().contentType(new MediaType("application", "yaml")).body(in.readAllBytes());
    }
  }
}

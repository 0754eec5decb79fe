# Golden values for sim/forecast/growth/etsGolden.test.ts from R's forecast package (Hyndman et al.), the reference
# implementation of ETS. Run: Rscript usAccDeaths.R > usAccDeaths.json (Debian: apt-get install r-cran-forecast).
# USAccDeaths: monthly accidental deaths in the USA, 1973–1978 (Brockwell & Davis 1991), in R's datasets package.
suppressMessages(library(forecast))
y <- as.numeric(USAccDeaths)
num <- function(x) paste0("[", paste(sprintf("%.10g", x), collapse = ", "), "]")
model <- function(name, fit) {
  fc <- forecast(fit, h = 24, level = c(80, 95))
  s <- fit$states[1, ]
  paste0(
    '"', name, '": {',
    '"method": "', fit$method, '", ',
    '"par": {', paste0('"', names(fit$par), '": ', sprintf("%.10g", fit$par), collapse = ", "), '}, ',
    '"initialStates": ', num(s), ', ',
    '"sigma2": ', sprintf("%.10g", fit$sigma2), ', ',
    '"aicc": ', sprintf("%.10g", fit$aicc), ', ',
    '"mse": ', sprintf("%.10g", fit$mse), ', ',
    '"fitted": ', num(as.numeric(fitted(fit))), ', ',
    '"mean": ', num(as.numeric(fc$mean)), ', ',
    '"upper80": ', num(as.numeric(fc$upper[, 1])), ', ',
    '"upper95": ', num(as.numeric(fc$upper[, 2])),
    "}"
  )
}
auto <- ets(y = ts(y, frequency = 12), additive.only = TRUE)
cat("{\n")
cat('"source": "R ', as.character(getRversion()), ', forecast ', as.character(packageVersion("forecast")),
    ', datasets::USAccDeaths",\n', sep = "")
cat('"y": ', num(y), ",\n", sep = "")
cat(model("AAA", ets(ts(y, frequency = 12), model = "AAA", damped = FALSE)), ",\n", sep = "")
cat(model("AAdA", ets(ts(y, frequency = 12), model = "AAA", damped = TRUE)), ",\n", sep = "")
cat(model("ANN", ets(ts(y, frequency = 12), model = "ANN")), ",\n", sep = "")
cat('"autoAdditive": "', auto$method, '"\n}\n', sep = "")
